package io.covet.relations.autoconfigure.endpoint;

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import io.covet.relations.CovetRelations;
import io.covet.relations.autoconfigure.CovetRelationsAutoConfiguration;

/** Exposes {@link RelationsEndpoint} when Actuator is present and the endpoint is enabled and exposed. */
@AutoConfiguration(after = CovetRelationsAutoConfiguration.class)
@ConditionalOnClass(Endpoint.class)
@ConditionalOnBean(CovetRelations.class)
@ConditionalOnAvailableEndpoint(RelationsEndpoint.class)
public class RelationsEndpointAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	RelationsEndpoint relationsEndpoint(CovetRelations relations) {
		return new RelationsEndpoint(relations);
	}
}
