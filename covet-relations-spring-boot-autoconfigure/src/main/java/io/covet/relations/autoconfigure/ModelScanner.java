package io.covet.relations.autoconfigure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import io.covet.relations.annotation.Model;

/** Finds {@link Model @Model} classes in packages, the way Spring finds components. */
final class ModelScanner {

	private final ClassLoader classLoader;

	ModelScanner(ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	List<Class<?>> scan(List<String> packages) {
		ClassPathScanningCandidateComponentProvider provider = new ClassPathScanningCandidateComponentProvider(false);
		provider.addIncludeFilter(new AnnotationTypeFilter(Model.class));
		Set<String> classNames = new LinkedHashSet<>();
		for (String basePackage : packages) {
			for (BeanDefinition candidate : provider.findCandidateComponents(basePackage)) {
				classNames.add(candidate.getBeanClassName());
			}
		}
		List<Class<?>> types = new ArrayList<>();
		for (String className : classNames) {
			types.add(ClassUtils.resolveClassName(className, this.classLoader));
		}
		return types;
	}
}
