package io.github.automigrate.autoconfigure;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.SchemaManagementProvider;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Lazy;

import io.github.automigrate.apply.MigrationRequest;
import io.github.automigrate.apply.SchemaMigrator;
import io.github.automigrate.mapping.SchemaSource;
import io.github.automigrate.mapping.jpa.EntityClassScanner;
import io.github.automigrate.mapping.jpa.JpaSchemaSource;
import io.github.automigrate.mapping.jpa.ScannedClasses;

/**
 * Auto-configuration for AutoMigrate: migrates the schema at start-up to what the
 * {@link SchemaSource} beans read (the JPA entities, when the JPA API is on the class
 * path) when the application has a {@link DataSource} (or {@code schema.automigrate.url}
 * names a database) and {@code schema.automigrate.enabled} is not false. Which DataSource
 * it migrates: {@link AutoMigrateDataSource}. Works on Spring Boot 4 and on Spring Boot
 * 3.5.
 */
// By name: the DataSource auto-configuration moved in Spring Boot 4 (first name), and
// Spring Boot 3.5 (second name) must be able to read this class.
@AutoConfiguration(afterName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
		"org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration" })
@Conditional(AutoMigrateAutoConfiguration.DataSourceOrUrlCondition.class)
@ConditionalOnProperty(prefix = "schema.automigrate", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(AutoMigrateProperties.class)
@Import({ DatabaseInitializationDependencyConfigurer.class, AutoMigrateDataJdbcConfiguration.class })
public final class AutoMigrateAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SchemaMigrator autoMigrateSchemaMigrator(AutoMigrateProperties properties, ObjectProvider<DataSource> dataSource,
			@AutoMigrateDataSource ObjectProvider<DataSource> autoMigrateDataSource) {
		return new SchemaMigrator(MigrationDataSource.select(autoMigrateDataSource.getIfAvailable(),
				dataSource.getIfUnique(), properties));
	}

	@Bean
	@ConditionalOnMissingBean
	AutoMigrateReports autoMigrateReports() {
		return new AutoMigrateReports();
	}

	@Bean
	@ConditionalOnMissingBean
	AutoMigrateRunner autoMigrateRunner(ApplicationContext context, SchemaMigrator migrator,
			AutoMigrateProperties properties, ObjectProvider<AutoMigrateRequestCustomizer> customizers,
			ObjectProvider<AutoMigrateMigrationStrategy> strategy, AutoMigrateReports reports,
			ObjectProvider<AutoMigrateRunListener> listeners) {
		// The properties are mapped into the request here, once; each run builds its
		// request from it.
		MigrationRequest.Builder request = AutoMigrateRequests.from(properties, context.getEnvironment(), customizers);
		return new AutoMigrateRunner(context, migrator, properties, request,
				strategy.getIfAvailable(() -> SchemaMigrator::migrate), reports, listeners);
	}

	// Lazy: created only when a bean that depends on database initialization needs the
	// schema during the refresh; otherwise the runner migrates after it.
	@Bean
	@Lazy
	@ConditionalOnMissingBean
	AutoMigrateInitializer autoMigrateInitializer(AutoMigrateRunner runner) {
		return new AutoMigrateInitializer(runner);
	}

	/**
	 * A DataSource bean to migrate, or a URL to open a connection of AutoMigrate's own to
	 * (an R2DBC application has no DataSource bean).
	 */
	static final class DataSourceOrUrlCondition extends AnyNestedCondition {

		DataSourceOrUrlCondition() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnBean(DataSource.class)
		private static final class DataSourceBean {

		}

		@ConditionalOnProperty(prefix = "schema.automigrate", name = "url")
		private static final class AutoMigrateUrl {

		}

	}

	// Its own configuration, by name: the JPA API is an optional dependency, and nothing
	// an application without it loads may name its classes.
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "jakarta.persistence.Entity")
	static class JpaSchemaSourceConfiguration {

		// A bean, so that an application processed ahead of time gets the classes found
		// at build time instead of a class-path scan at start-up (see
		// io.github.automigrate.aot).
		@Bean
		@ConditionalOnMissingBean
		ScannedClasses autoMigrateScannedClasses(ApplicationContext context) throws ClassNotFoundException {
			return scan(context);
		}

		@Bean
		@ConditionalOnMissingBean
		JpaSchemaSource autoMigrateJpaSchemaSource(ApplicationContext context, ObjectProvider<ScannedClasses> scanned) {
			return new JpaSchemaSource(() -> scanned.getIfAvailable(() -> scanNow(context)), context.getEnvironment(),
					context.getClassLoader());
		}

		private static ScannedClasses scanNow(ApplicationContext context) {
			try {
				return scan(context);
			}
			catch (ClassNotFoundException ex) {
				throw new IllegalStateException("AutoMigrate could not scan for entities: " + ex.getMessage(), ex);
			}
		}

		private static ScannedClasses scan(ApplicationContext context) throws ClassNotFoundException {
			// Bound here, not injected: while an application is processed ahead of time
			// its configuration properties beans are not bound.
			AutoMigrateProperties properties = Binder.get(context.getEnvironment())
				.bindOrCreate("schema.automigrate", AutoMigrateProperties.class);
			return new EntityClassScanner(context, properties.getPackages()).scanned();
		}

	}

	// Its own configuration: the interface lives in spring-boot-jdbc on Spring Boot 4, an
	// optional dependency.
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(SchemaManagementProvider.class)
	static class SchemaManagementConfiguration {

		@Bean
		AutoMigrateSchemaManagementProvider autoMigrateSchemaManagementProvider(
				ObjectProvider<SchemaMigrator> migrators) {
			return new AutoMigrateSchemaManagementProvider(migrators);
		}

	}

}
