package io.covet.relations.autoconfigure.repository;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanDefinitionStoreException;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.ListableBeanFactory;
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
 * ({@code covet.relations.repository-packages}, default: the {@code @SpringBootApplication} packages), unless the
 * application defines a bean of that type already (under any name). The bean is named after the interface
 * ({@code PostRepository} → {@code postRepository}), as Spring Data names repositories; when that name is taken, by
 * another bean or another scanned interface of the same simple name, startup fails naming both.
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
		Map<String, Class<?>> registered = new LinkedHashMap<>();
		for (String basePackage : packages()) {
			for (BeanDefinition candidate : scanner().findCandidateComponents(basePackage)) {
				Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), ClassUtils.getDefaultClassLoader());
				if (registered.containsValue(type) || definedByApplication(type, registered.keySet())) {
					continue;
				}
				String name = StringUtils.uncapitalize(type.getSimpleName());
				if (registry.containsBeanDefinition(name)) {
					throw nameTaken(name, type, registered.get(name), registry.getBeanDefinition(name));
				}
				RootBeanDefinition definition = new RootBeanDefinition(CovetRepositoryFactoryBean.class);
				definition.getConstructorArgumentValues().addGenericArgumentValue(type);
				definition.setTargetType(type);
				definition.setAttribute("factoryBeanObjectType", type);
				registry.registerBeanDefinition(name, definition);
				registered.put(name, type);
			}
		}
	}

	/** Whether a bean of the repository's type is defined already, other than by this registrar. */
	private boolean definedByApplication(Class<?> type, Set<String> registered) {
		if (!(this.beanFactory instanceof ListableBeanFactory beans)) {
			return false;
		}
		return Arrays.stream(beans.getBeanNamesForType(type, true, false)).anyMatch(name -> !registered.contains(name));
	}

	/**
	 * A repository's bean name (its interface's simple name, uncapitalized, as Spring Data names it) belongs to another
	 * bean. Spring Data fails then too; taking another name silently would leave one of the two unreachable by name.
	 */
	private static BeanDefinitionStoreException nameTaken(String name, Class<?> type, Class<?> otherRepository,
			BeanDefinition existing) {
		String holder = (otherRepository != null) ? "repository interface " + otherRepository.getName()
				: "a bean of another type (" + describe(existing) + ")";
		return new BeanDefinitionStoreException("Cannot register repository interface " + type.getName()
				+ " as bean '" + name + "': the name belongs to " + holder
				+ ". Rename one of them, or narrow covet.relations.repository-packages");
	}

	private static String describe(BeanDefinition definition) {
		String description = (definition.getResourceDescription() != null) ? ", defined in "
				+ definition.getResourceDescription() : "";
		String type = definition.getResolvableType().toString();
		return ("?".equals(type) ? String.valueOf(definition.getBeanClassName()) : type) + description;
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
