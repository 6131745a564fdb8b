package io.github.automigrate.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;

import io.github.automigrate.actuate.AutoMigrateEndpoint;
import io.github.automigrate.actuate.AutoMigrateEndpointAutoConfiguration;
import io.github.automigrate.actuate.AutoMigrateHealthContributorAutoConfiguration;
import io.github.automigrate.actuate.AutoMigrateHealthIndicator;
import io.github.automigrate.apply.MigrationHistory;
import io.github.automigrate.apply.MigrationRequest;
import io.github.automigrate.report.MigrationReport;
import io.github.automigrate.report.MigrationReport.Outcome;
import io.github.automigrate.testmodel.shop.Customer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extension points, in Spring Boot's shape: request customizers, the migration
 * strategy and the report holder, each with real runs on H2.
 */
class AutoMigrateExtensionPointsTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, AutoMigrateAutoConfiguration.class))
		.withUserConfiguration(EntityScanConfiguration.class)
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");

	@Test
	void customizersChangeTheRequestInTheirOrder() {
		this.contextRunner.withUserConfiguration(OrderedCustomizersConfiguration.class).run((context) -> {
			MigrationReport report = context.getBean(AutoMigrateRunner.class).migrate();
			assertThat(report.dryRun()).as("the last in order wins").isTrue();
			assertThat(report.outcome()).isEqualTo(Outcome.PLANNED);
			assertThat(tables(context.getBean(DataSource.class))).doesNotContain("CUSTOMERS");
		});
	}

	@Test
	void customizersRunAfterThePropertiesAreMapped() {
		this.contextRunner.withPropertyValues("schema.automigrate.dry-run=true")
			.withBean(AutoMigrateRequestCustomizer.class, () -> (request) -> request.dryRun(false))
			.run((context) -> {
				MigrationReport report = context.getBean(AutoMigrateRunner.class).migrate();
				assertThat(report.outcome()).isEqualTo(Outcome.APPLIED);
				assertThat(tables(context.getBean(DataSource.class))).contains("CUSTOMERS", "AUTOMIGRATE_HISTORY");
			});
	}

	@Test
	void aCustomizerCanTurnTheHistoryOff() {
		this.contextRunner
			.withBean(AutoMigrateRequestCustomizer.class, () -> (request) -> request.history(MigrationHistory.none()))
			.run((context) -> {
				assertThat(context.getBean(AutoMigrateRunner.class).migrate().outcome()).isEqualTo(Outcome.APPLIED);
				assertThat(tables(context.getBean(DataSource.class))).contains("CUSTOMERS")
					.doesNotContain("AUTOMIGRATE_HISTORY");
			});
	}

	@Test
	void aStrategyReplacesTheMigrateCall() {
		List<MigrationRequest> requests = new ArrayList<>();
		this.contextRunner.withBean(AutoMigrateMigrationStrategy.class, () -> (migrator, request) -> {
			requests.add(request);
			return migrator.migrate(request.withDryRun(true));
		}).run((context) -> {
			MigrationReport report = context.getBean(AutoMigrateRunner.class).migrate();
			assertThat(requests).singleElement()
				.satisfies((request) -> assertThat(request.entities()).contains(Customer.class.getName()));
			assertThat(report.outcome()).isEqualTo(Outcome.PLANNED);
			assertThat(context.getBean(AutoMigrateReports.class).getLastReport()).containsSame(report);
			assertThat(tables(context.getBean(DataSource.class))).doesNotContain("CUSTOMERS");
		});
	}

	@Test
	void withoutAStrategyTheRunMigrates() {
		this.contextRunner.run((context) -> {
			assertThat(context).doesNotHaveBean(AutoMigrateMigrationStrategy.class);
			assertThat(context.getBean(AutoMigrateRunner.class).migrate().outcome()).isEqualTo(Outcome.APPLIED);
			assertThat(tables(context.getBean(DataSource.class))).contains("CUSTOMERS");
		});
	}

	@Test
	void theHolderKeepsTheLastReportForTheEndpointAndHealth() {
		this.contextRunner
			.withConfiguration(AutoConfigurations.of(AutoMigrateEndpointAutoConfiguration.class,
					AutoMigrateHealthContributorAutoConfiguration.class))
			.withPropertyValues("management.endpoints.web.exposure.include=automigrate")
			.run((context) -> {
				AutoMigrateReports reports = context.getBean(AutoMigrateReports.class);
				assertThat(reports.getLastReport()).isEmpty();
				MigrationReport report = context.getBean(AutoMigrateRunner.class).migrate();
				assertThat(reports.getLastReport()).containsSame(report);
				AutoMigrateEndpoint.LastRunDescriptor lastRun = context.getBean(AutoMigrateEndpoint.class)
					.automigrate()
					.lastRun();
				assertThat(lastRun).isNotNull();
				assertThat(lastRun.startedAt()).isEqualTo(report.startedAt());
				Health health = context.getBean(AutoMigrateHealthIndicator.class).health();
				assertThat(health.getDetails()).containsEntry("startedAt", report.startedAt().toString());
			});
	}

	@Test
	void aUserDefinedHolderIsUsed() {
		AutoMigrateReports own = new AutoMigrateReports();
		this.contextRunner.withBean("ownReports", AutoMigrateReports.class, () -> own).run((context) -> {
			MigrationReport report = context.getBean(AutoMigrateRunner.class).migrate();
			assertThat(context).getBean(AutoMigrateReports.class).isSameAs(own);
			assertThat(own.getLastReport()).containsSame(report);
		});
	}

	private static List<String> tables(DataSource dataSource) {
		return new JdbcTemplate(dataSource).queryForList(
				"select table_name from information_schema.tables where table_schema = 'PUBLIC'", String.class);
	}

	@Configuration(proxyBeanMethods = false)
	@EntityScan(basePackageClasses = Customer.class)
	static class EntityScanConfiguration {

	}

	// Declared in the reverse of their order: the order decides, not the declaration.
	@Configuration(proxyBeanMethods = false)
	static class OrderedCustomizersConfiguration {

		@Bean
		@Order(2)
		AutoMigrateRequestCustomizer planOnly() {
			return (request) -> request.dryRun(true);
		}

		@Bean
		@Order(1)
		AutoMigrateRequestCustomizer apply() {
			return (request) -> request.dryRun(false);
		}

	}

}
