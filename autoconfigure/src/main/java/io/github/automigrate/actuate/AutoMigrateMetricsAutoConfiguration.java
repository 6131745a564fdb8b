package io.github.automigrate.actuate;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import io.github.automigrate.autoconfigure.AutoMigrateAutoConfiguration;
import io.github.automigrate.autoconfigure.AutoMigrateReports;

/**
 * Auto-configuration for AutoMigrate's Micrometer metrics, when Micrometer is on the
 * class path. The registry is looked up at each run, so this needs no ordering against
 * the metrics auto-configuration of either Spring Boot generation.
 */
@AutoConfiguration(after = AutoMigrateAutoConfiguration.class)
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(AutoMigrateReports.class)
public final class AutoMigrateMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	AutoMigrateMetrics autoMigrateMetrics(ObjectProvider<MeterRegistry> registry) {
		return new AutoMigrateMetrics(registry);
	}

}
