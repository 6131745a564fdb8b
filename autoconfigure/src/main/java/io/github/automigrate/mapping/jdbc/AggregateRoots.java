package io.github.automigrate.mapping.jdbc;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.ConstructorArgumentValues.ValueHolder;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.data.jdbc.repository.support.JdbcRepositoryFactoryBean;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.data.repository.core.support.AbstractRepositoryMetadata;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Finds the aggregate roots of an application as Spring Data JDBC finds its entities: the
 * {@link Table} classes in {@code schema.automigrate.packages} when set, else where
 * Spring Boot scans for them ({@code @EntityScan} packages, else the auto-configuration
 * packages); and the domain type of every Spring Data JDBC repository, read from its bean
 * definition (the repositories themselves wait for the database).
 */
final class AggregateRoots {

	// @EntityScan's holder moved in Spring Boot 4: read by name, so that neither
	// generation's module is needed.
	private static final List<String> ENTITY_SCAN_PACKAGES = List.of(
			"org.springframework.boot.persistence.autoconfigure.EntityScanPackages",
			"org.springframework.boot.autoconfigure.domain.EntityScanPackages");

	private final ApplicationContext context;

	private final List<String> packages;

	AggregateRoots(ApplicationContext context, List<String> packages) {
		this.context = context;
		this.packages = List.copyOf(packages);
	}

	/**
	 * The packages scanned for {@code @Table} classes.
	 * @return the package names
	 */
	List<String> packages() {
		if (!this.packages.isEmpty()) {
			return this.packages;
		}
		List<String> entityScan = entityScanPackages();
		if (!entityScan.isEmpty()) {
			return entityScan;
		}
		return AutoConfigurationPackages.has(this.context) ? AutoConfigurationPackages.get(this.context) : List.of();
	}

	/**
	 * The aggregate roots.
	 * @return the classes, scanned first, then the repositories' domain types
	 */
	Set<Class<?>> find() {
		Set<Class<?>> roots = new LinkedHashSet<>();
		ClassPathScanningCandidateComponentProvider provider = new ClassPathScanningCandidateComponentProvider(false);
		provider.setEnvironment(this.context.getEnvironment());
		provider.setResourceLoader(this.context);
		provider.addIncludeFilter(new AnnotationTypeFilter(Table.class));
		for (String basePackage : packages()) {
			for (BeanDefinition candidate : provider.findCandidateComponents(basePackage)) {
				roots.add(load(candidate.getBeanClassName()));
			}
		}
		roots.addAll(repositoryDomainTypes());
		return roots;
	}

	private Set<Class<?>> repositoryDomainTypes() {
		Set<Class<?>> domainTypes = new LinkedHashSet<>();
		if (!(this.context instanceof ConfigurableApplicationContext configurable)) {
			return domainTypes;
		}
		ConfigurableListableBeanFactory beans = configurable.getBeanFactory();
		for (String name : beans.getBeanDefinitionNames()) {
			BeanDefinition definition = beans.getBeanDefinition(name);
			String factoryClass = definition.getBeanClassName();
			if (factoryClass == null || !ClassUtils.isPresent(factoryClass, this.context.getClassLoader())
					|| !JdbcRepositoryFactoryBean.class.isAssignableFrom(load(factoryClass))) {
				continue;
			}
			Class<?> repository = repositoryInterface(definition);
			if (repository != null) {
				domainTypes.add(AbstractRepositoryMetadata.getMetadata(repository).getDomainType());
			}
		}
		return domainTypes;
	}

	/**
	 * The repository interface: the factory bean's constructor argument, a class or its
	 * name.
	 */
	private @Nullable Class<?> repositoryInterface(BeanDefinition definition) {
		ValueHolder argument = definition.getConstructorArgumentValues().getIndexedArgumentValue(0, null);
		Object value = (argument != null) ? argument.getValue() : definition.getAttribute("factoryBeanObjectType");
		if (value instanceof Class<?> type) {
			return type;
		}
		return (value instanceof String className) ? load(className) : null;
	}

	private Class<?> load(@Nullable String className) {
		return ClassUtils.resolveClassName(String.valueOf(className), this.context.getClassLoader());
	}

	private List<String> entityScanPackages() {
		for (String holder : ENTITY_SCAN_PACKAGES) {
			if (ClassUtils.isPresent(holder, this.context.getClassLoader())) {
				Class<?> type = ClassUtils.resolveClassName(holder, this.context.getClassLoader());
				Object packages = ReflectionUtils
					.invokeMethod(ClassUtils.getStaticMethod(type, "get", BeanFactory.class), null, this.context);
				@SuppressWarnings("unchecked")
				List<String> names = (List<String>) ReflectionUtils
					.invokeMethod(ClassUtils.getMethod(type, "getPackageNames"), packages);
				return (names != null) ? names : List.of();
			}
		}
		return List.of();
	}

}
