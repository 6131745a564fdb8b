package io.github.automigrate.mapping.jpa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Finds the {@code @Entity} classes: in {@code schema.automigrate.packages} when set,
 * else where Spring Boot's JPA support looks ({@code @EntityScan} packages, else the
 * auto-configuration packages).
 */
public final class EntityClassScanner {

	// @EntityScan's holder moved in Spring Boot 4: it is read by name so that one jar
	// serves both generations, and applications that do not use @EntityScan need neither
	// module.
	private static final List<String> ENTITY_SCAN_PACKAGES = List.of(
			"org.springframework.boot.persistence.autoconfigure.EntityScanPackages",
			"org.springframework.boot.autoconfigure.domain.EntityScanPackages");

	private final ApplicationContext context;

	private final List<String> packages;

	/**
	 * Creates a scanner.
	 * @param context the application context
	 * @param packages the packages to scan, or an empty list to scan where JPA would
	 */
	public EntityClassScanner(ApplicationContext context, List<String> packages) {
		this.context = context;
		this.packages = List.copyOf(packages);
	}

	/**
	 * The packages scanned, for the report.
	 * @return the package names
	 */
	public List<String> packages() {
		if (!this.packages.isEmpty()) {
			return this.packages;
		}
		List<String> entityScan = entityScanPackages(this.context);
		if (!entityScan.isEmpty()) {
			return entityScan;
		}
		return AutoConfigurationPackages.has(this.context) ? AutoConfigurationPackages.get(this.context) : List.of();
	}

	/**
	 * Finds the entity classes, and the converter classes that may apply to their
	 * attributes, sorted by name so that every run plans in the same order.
	 * @return the classes
	 * @throws ClassNotFoundException if a scanned class cannot be loaded
	 */
	public List<Class<?>> scan() throws ClassNotFoundException {
		Set<Class<?>> entities = scanPackages(packages());
		List<Class<?>> sorted = new ArrayList<>(entities);
		sorted.sort(Comparator.comparing(Class::getName));
		return sorted;
	}

	/**
	 * Scans, and keeps the result by name with the packages scanned.
	 * @return what the scan found
	 * @throws ClassNotFoundException if a scanned class cannot be loaded
	 */
	public ScannedClasses scanned() throws ClassNotFoundException {
		return new ScannedClasses(packages(), scan().stream().map(Class::getName).toList());
	}

	private static List<String> entityScanPackages(ApplicationContext context) {
		for (String holder : ENTITY_SCAN_PACKAGES) {
			if (ClassUtils.isPresent(holder, context.getClassLoader())) {
				Class<?> type = ClassUtils.resolveClassName(holder, context.getClassLoader());
				Object packages = ReflectionUtils
					.invokeMethod(ClassUtils.getStaticMethod(type, "get", BeanFactory.class), null, context);
				@SuppressWarnings("unchecked")
				List<String> names = (List<String>) ReflectionUtils
					.invokeMethod(ClassUtils.getMethod(type, "getPackageNames"), packages);
				return (names != null) ? names : List.of();
			}
		}
		return List.of();
	}

	private Set<Class<?>> scanPackages(List<String> packages) throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider provider = new EntityCandidates();
		provider.setEnvironment(this.context.getEnvironment());
		provider.setResourceLoader(this.context);
		provider.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
		provider.addIncludeFilter(new AnnotationTypeFilter(Converter.class));
		Set<Class<?>> entities = new LinkedHashSet<>();
		for (String basePackage : packages) {
			for (BeanDefinition candidate : provider.findCandidateComponents(basePackage)) {
				entities.add(ClassUtils.forName(candidate.getBeanClassName(), this.context.getClassLoader()));
			}
		}
		return entities;
	}

	/**
	 * Spring's candidate test keeps concrete classes only; JPA maps an abstract
	 * {@code @Entity} too (the root of a hierarchy has a table and the hierarchy's
	 * sequence), so it is kept here. An abstract converter is not usable.
	 */
	private static final class EntityCandidates extends ClassPathScanningCandidateComponentProvider {

		EntityCandidates() {
			super(false);
		}

		@Override
		protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
			AnnotationMetadata metadata = definition.getMetadata();
			return metadata.isIndependent() && !metadata.isInterface() && !metadata.isAnnotation()
					&& (metadata.isConcrete() || metadata.hasAnnotation(Entity.class.getName()));
		}

	}

}
