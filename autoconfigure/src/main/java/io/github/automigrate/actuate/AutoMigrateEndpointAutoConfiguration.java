package io.github.automigrate.actuate;

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import io.github.automigrate.apply.HistoryReader;
import io.github.automigrate.apply.SchemaMigrator;
import io.github.automigrate.autoconfigure.AutoMigrateAutoConfiguration;
import io.github.automigrate.autoconfigure.AutoMigrateProperties;
import io.github.automigrate.autoconfigure.AutoMigrateReports;

/**
 * Auto-configuration for the {@code automigrate} actuator endpoint.
 */
@AutoConfiguration(after = AutoMigrateAutoConfiguration.class)
@ConditionalOnClass(Endpoint.class)
@ConditionalOnAvailableEndpoint(AutoMigrateEndpoint.class)
public final class AutoMigrateEndpointAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(AutoMigrateReports.class)
	AutoMigrateEndpoint autoMigrateEndpoint(AutoMigrateReports reports, SchemaMigrator migrator,
			AutoMigrateProperties properties) {
		AutoMigrateProperties.History history = properties.getHistory();
		// The migrated database's history: not the application's DataSource when
		// AutoMigrate has one of its own.
		return new AutoMigrateEndpoint(reports,
				history.isEnabled() ? new HistoryReader(migrator.getDataSource(), history.getTable()) : null);
	}

}
