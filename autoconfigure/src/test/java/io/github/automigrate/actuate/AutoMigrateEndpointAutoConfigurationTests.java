package io.github.automigrate.actuate;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.github.automigrate.autoconfigure.AutoMigrateAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

class AutoMigrateEndpointAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, AutoMigrateAutoConfiguration.class,
				AutoMigrateEndpointAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");

	@Test
	void endpointIsCreatedWhenExposed() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=automigrate")
			.run((context) -> assertThat(context).hasSingleBean(AutoMigrateEndpoint.class));
	}

	@Test
	void endpointIsAbsentWhenNotExposed() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(AutoMigrateEndpoint.class));
	}

	@Test
	void endpointIsAbsentWhenAutoMigrateIsDisabled() {
		this.contextRunner
			.withPropertyValues("management.endpoints.web.exposure.include=automigrate",
					"schema.automigrate.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(AutoMigrateEndpoint.class));
	}

}
