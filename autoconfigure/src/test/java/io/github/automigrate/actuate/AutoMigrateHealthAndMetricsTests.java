package io.github.automigrate.actuate;

import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import io.github.automigrate.autoconfigure.AutoMigrateAutoConfiguration;
import io.github.automigrate.autoconfigure.AutoMigrateRunner;
import io.github.automigrate.report.MigrationReport;
import io.github.automigrate.testmodel.shop.Customer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The health contributor, the Micrometer meters and the startup step, after real runs on
 * H2 and against an unreachable database.
 */
class AutoMigrateHealthAndMetricsTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, AutoMigrateAutoConfiguration.class,
				AutoMigrateHealthContributorAutoConfiguration.class, AutoMigrateMetricsAutoConfiguration.class))
		.withUserConfiguration(EntityScanConfiguration.class)
		.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");

	@Test
	void healthIsUpWithTheLastRunAsDetails() {
		this.contextRunner.run((context) -> {
			AutoMigrateHealthIndicator indicator = context.getBean("automigrateHealthContributor",
					AutoMigrateHealthIndicator.class);
			assertThat(indicator.health().getDetails()).containsEntry("outcome", "NOT_RUN");
			MigrationReport report = context.getBean(AutoMigrateRunner.class).migrate();
			Health health = indicator.health();
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("outcome", "APPLIED")
				.containsEntry("pendingDrift", 0)
				.containsEntry("executedStatements", report.executedCount())
				.doesNotContainKey("error");
			assertThat(report.executedCount()).isPositive();
		});
	}

	@Test
	void healthIsDownWhenTheLastRunFailed() {
		this.contextRunner
			.withPropertyValues("spring.datasource.url=jdbc:postgresql://127.0.0.1:1/nowhere",
					"spring.datasource.hikari.connection-timeout=250", "schema.automigrate.fail-on-error=false")
			.run((context) -> {
				context.getBean(AutoMigrateRunner.class).migrate();
				Health health = context.getBean(AutoMigrateHealthIndicator.class).health();
				assertThat(health.getStatus()).isEqualTo(Status.DOWN);
				assertThat(health.getDetails()).containsEntry("outcome", "FAILED").containsKey("error");
			});
	}

	@Test
	void healthContributorCanBeSwitchedOff() {
		this.contextRunner.withPropertyValues("management.health.automigrate.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(AutoMigrateHealthIndicator.class)
				.hasSingleBean(AutoMigrateMetrics.class));
	}

	@Test
	void healthAndMetricsBackOffWithoutTheRunner() {
		this.contextRunner.withPropertyValues("schema.automigrate.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(AutoMigrateHealthIndicator.class)
				.doesNotHaveBean(AutoMigrateMetrics.class));
	}

	@Test
	void eachRunIsTimedAndItsStatementsCounted() {
		this.contextRunner.run((context) -> {
			AutoMigrateRunner runner = context.getBean(AutoMigrateRunner.class);
			MigrationReport first = runner.migrate();
			runner.migrate();
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			Timer applied = registry.get("automigrate.run")
				.tag("outcome", "APPLIED")
				.tag("database", first.dialect())
				.timer();
			assertThat(applied.count()).isEqualTo(1);
			assertThat(registry.get("automigrate.run").tag("outcome", "UP_TO_DATE").timer().count()).isEqualTo(1);
			assertThat(registry.get("automigrate.statements").tag("status", "APPLIED").counter().count())
				.isEqualTo(first.executedCount());
		});
	}

	@Test
	void theRunIsAStartupStep() {
		BufferingApplicationStartup startup = new BufferingApplicationStartup(100);
		this.contextRunner.withInitializer((context) -> context.setApplicationStartup(startup)).run((context) -> {
			context.getBean(AutoMigrateRunner.class).migrate();
			assertThat(startup.getBufferedTimeline().getEvents()).map(TimelineEvent::getStartupStep)
				.filteredOn((step) -> step.getName().equals("automigrate.migrate"))
				.singleElement()
				.satisfies((step) -> assertThat(step.getTags()).anySatisfy((tag) -> {
					assertThat(tag.getKey()).isEqualTo("outcome");
					assertThat(tag.getValue()).isEqualTo("APPLIED");
				}));
		});
	}

	@Configuration(proxyBeanMethods = false)
	@EntityScan(basePackageClasses = Customer.class)
	static class EntityScanConfiguration {

	}

}
