package io.github.automigrate.autoconfigure;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.SchemaManagementProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Lazy;

import io.github.automigrate.apply.SchemaMigrator;

/**
 * Auto-configuration for AutoMigrate: migrates the schema from the JPA entities at start-up when the application has
 * a {@link DataSource} and {@code schema.automigrate.enabled} is not false. Works on Spring Boot 4 and on Spring Boot
 * 3.5.
 */
// By name: the DataSource auto-configuration moved in Spring Boot 4 (first name), and Spring Boot 3.5 (second name)
// must be able to read this class.
@AutoConfiguration(afterName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
		"org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration" })
@ConditionalOnBean(DataSource.class)
@ConditionalOnProperty(prefix = "schema.automigrate", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(AutoMigrateProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public final class AutoMigrateAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SchemaMigrator autoMigrateSchemaMigrator(DataSource dataSource) {
		return new SchemaMigrator(dataSource);
	}

	@Bean
	@ConditionalOnMissingBean
	AutoMigrateRunner autoMigrateRunner(ApplicationContext context, SchemaMigrator migrator,
			AutoMigrateProperties properties, ObjectProvider<AutoMigrateRunListener> listeners) {
		return new AutoMigrateRunner(context, migrator, properties, listeners);
	}

	// Lazy: created only when a bean that depends on database initialization needs the schema during the refresh;
	// otherwise the runner migrates after it.
	@Bean
	@Lazy
	@ConditionalOnMissingBean
	AutoMigrateInitializer autoMigrateInitializer(AutoMigrateRunner runner) {
		return new AutoMigrateInitializer(runner);
	}

	// Its own configuration: the interface lives in spring-boot-jdbc on Spring Boot 4, an optional dependency.
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(SchemaManagementProvider.class)
	static class SchemaManagementConfiguration {

		@Bean
		AutoMigrateSchemaManagementProvider autoMigrateSchemaManagementProvider(ObjectProvider<SchemaMigrator> migrators) {
			return new AutoMigrateSchemaManagementProvider(migrators);
		}

	}

}
