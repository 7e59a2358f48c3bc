package io.covet.relations.autoconfigure;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataAccessException;

import io.covet.relations.CovetRelations;
import io.covet.relations.contenttype.ContentType;

/**
 * Registers a content type for every model at startup when generic relations are in use, so that ids exist before
 * the first request. A missing table (migrations not run yet) is logged, not fatal: ids are then created on first use.
 */
public class ContentTypesInitializer implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(ContentTypesInitializer.class);

	private final CovetRelations relations;

	/** Creates the initializer for the application's {@code CovetRelations}. */
	public ContentTypesInitializer(CovetRelations relations) {
		this.relations = relations;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (!this.relations.registry().contains(ContentType.class)) {
			return;
		}
		try {
			this.relations.context().contentTypes().registerAll();
		}
		catch (DataAccessException ex) {
			logger.warn("Could not register content types at startup (is the covet_content_type table there?): "
					+ ex.getMessage());
		}
	}
}
