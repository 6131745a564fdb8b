package io.github.automigrate.actuate;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

import io.github.automigrate.autoconfigure.AutoMigrateAutoConfiguration;
import io.github.automigrate.autoconfigure.AutoMigrateReports;

/**
 * Auto-configuration for the {@code automigrate} health contributor, switched off with
 * {@code management.health.automigrate.enabled=false}.
 */
@AutoConfiguration(after = AutoMigrateAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(AutoMigrateReports.class)
@ConditionalOnEnabledHealthIndicator("automigrate")
public final class AutoMigrateHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "automigrateHealthContributor")
	AutoMigrateHealthIndicator automigrateHealthContributor(AutoMigrateReports reports) {
		return new AutoMigrateHealthIndicator(reports);
	}

}
