package io.github.automigrate.actuate;

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import io.github.automigrate.autoconfigure.AutoMigrateAutoConfiguration;
import io.github.automigrate.autoconfigure.AutoMigrateRunner;

/**
 * Auto-configuration for the {@code automigrate} actuator endpoint.
 */
@AutoConfiguration(after = AutoMigrateAutoConfiguration.class)
@ConditionalOnClass(Endpoint.class)
@ConditionalOnAvailableEndpoint(AutoMigrateEndpoint.class)
public final class AutoMigrateEndpointAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(AutoMigrateRunner.class)
	AutoMigrateEndpoint autoMigrateEndpoint(AutoMigrateRunner runner) {
		return new AutoMigrateEndpoint(runner);
	}

}
