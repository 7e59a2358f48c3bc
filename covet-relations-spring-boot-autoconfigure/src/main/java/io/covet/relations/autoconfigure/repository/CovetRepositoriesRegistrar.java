package io.covet.relations.autoconfigure.repository;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

import io.covet.relations.repository.CovetRepository;

/**
 * Registers a bean for every interface extending {@link CovetRepository} in the repository packages
 * ({@code covet.relations.repository-packages}, default: the {@code @SpringBootApplication} packages), unless a bean
 * of that type is defined already.
 */
public class CovetRepositoriesRegistrar implements ImportBeanDefinitionRegistrar, BeanFactoryAware, EnvironmentAware {

	private BeanFactory beanFactory;

	private Environment environment;

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
		for (String basePackage : packages()) {
			for (BeanDefinition candidate : scanner().findCandidateComponents(basePackage)) {
				Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), ClassUtils.getDefaultClassLoader());
				String name = StringUtils.uncapitalize(type.getSimpleName());
				if (registry.containsBeanDefinition(name)) {
					continue;
				}
				RootBeanDefinition definition = new RootBeanDefinition(CovetRepositoryFactoryBean.class);
				definition.getConstructorArgumentValues().addGenericArgumentValue(type);
				definition.setTargetType(type);
				definition.setAttribute("factoryBeanObjectType", type);
				registry.registerBeanDefinition(name, definition);
			}
		}
	}

	private List<String> packages() {
		List<String> packages = new ArrayList<>();
		List<String> configured = Binder.get(this.environment)
			.bind("covet.relations.repository-packages", Bindable.listOf(String.class))
			.orElse(List.of());
		if (!configured.isEmpty()) {
			packages.addAll(configured);
		}
		else if (AutoConfigurationPackages.has(this.beanFactory)) {
			packages.addAll(AutoConfigurationPackages.get(this.beanFactory));
		}
		return packages;
	}

	private ClassPathScanningCandidateComponentProvider scanner() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false,
				this.environment) {
			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition beanDefinition) {
				return beanDefinition.getMetadata().isInterface() && beanDefinition.getMetadata().isIndependent();
			}
		};
		scanner.addIncludeFilter(new AssignableTypeFilter(CovetRepository.class));
		return scanner;
	}
}
