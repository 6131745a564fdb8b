package io.github.automigrate.compat.boot35;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthContributorRegistry;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.github.automigrate.actuate.AutoMigrateEndpoint;
import io.github.automigrate.autoconfigure.AutoMigrateRunner;
import io.github.automigrate.report.MigrationReport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The AutoMigrate starter, built for Spring Boot 4, in an application built against the
 * Spring Boot 3.5 BOM: it starts, migrates before SQL initialization, and reports on
 * SQLite and PostgreSQL.
 */
class Boot35CompatibilityTests {

	@TempDir
	Path dir;

	@Test
	void runsOnSpringBoot35() {
		assertThat(SpringBootVersion.getVersion()).startsWith("3.5.");
	}

	@Test
	void migratesSqliteBeforeDataSql() {
		String url = "jdbc:sqlite:" + this.dir.resolve("compat.db");
		try (ConfigurableApplicationContext context = start(url)) {
			assertMigrated(context);
		}
		// A second start finds the schema up to date.
		try (ConfigurableApplicationContext context = start(url, "spring.sql.init.mode=never")) {
			assertThat(context.getBean(AutoMigrateRunner.class).getLastReport().orElseThrow().outcome())
				.isEqualTo(MigrationReport.Outcome.UP_TO_DATE);
		}
	}

	@Test
	void migratesPostgreSql() throws SQLException {
		String server = System.getenv("AUTOMIGRATE_TEST_POSTGRES_URL");
		String user = System.getenv().getOrDefault("AUTOMIGRATE_TEST_POSTGRES_USER", "postgres");
		boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
		if (server == null) {
			assertThat(ci).as("AUTOMIGRATE_TEST_POSTGRES_URL must be set in CI").isFalse();
			assumeTrue(false, "AUTOMIGRATE_TEST_POSTGRES_URL is not set");
		}
		String database = "automigrate_boot35_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		try (Connection connection = DriverManager.getConnection(server + "postgres", user, "")) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("create database " + database);
			}
		}
		catch (SQLException ex) {
			assertThat(ci).as("PostgreSQL at %s is unreachable in CI: %s", server, ex.getMessage()).isFalse();
			assumeTrue(false, "PostgreSQL is unreachable: " + ex.getMessage());
		}
		try (ConfigurableApplicationContext context = start(server + database, "spring.datasource.username=" + user)) {
			assertMigrated(context);
		}
		finally {
			try (Connection connection = DriverManager.getConnection(server + "postgres", user, "");
					Statement statement = connection.createStatement()) {
				statement.execute("drop database if exists " + database);
			}
		}
	}

	private void assertMigrated(ConfigurableApplicationContext context) {
		MigrationReport report = context.getBean(AutoMigrateRunner.class).getLastReport().orElseThrow();
		assertThat(report.outcome()).isEqualTo(MigrationReport.Outcome.APPLIED);
		assertThat(report.entities()).hasSize(2);
		// data.sql ran after AutoMigrate made the table.
		assertThat(new JdbcTemplate(context.getBean(javax.sql.DataSource.class))
			.queryForObject("select count(*) from member", Integer.class)).isEqualTo(1);
		// The endpoint shows this run (through descriptors of its own, the HTTP
		// contract).
		AutoMigrateEndpoint.LastRunDescriptor lastRun = context.getBean(AutoMigrateEndpoint.class)
			.automigrate()
			.lastRun();
		assertThat(lastRun).isNotNull();
		assertThat(lastRun.startedAt()).isEqualTo(report.startedAt());
		assertThat(lastRun.outcome()).isEqualTo(report.outcome().name());
		assertThat(context.getBean(MeterRegistry.class).get("automigrate.run").timer().count()).isEqualTo(1);
		HealthContributor contributor = context.getBean(HealthContributorRegistry.class).getContributor("automigrate");
		assertThat(contributor).isInstanceOf(HealthIndicator.class);
		Health health = ((HealthIndicator) contributor).health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("outcome", "APPLIED").containsEntry("pendingDrift", 0);
	}

	@Test
	void healthIsDownAfterAFailedRun() {
		try (ConfigurableApplicationContext context = start("jdbc:postgresql://127.0.0.1:1/nowhere",
				"spring.sql.init.mode=never", "schema.automigrate.fail-on-error=false",
				"spring.datasource.hikari.connection-timeout=250",
				"spring.datasource.hikari.initialization-fail-timeout=-1")) {
			Health health = ((HealthIndicator) context.getBean(HealthContributorRegistry.class)
				.getContributor("automigrate")).health();
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("outcome", "FAILED").containsKey("error");
		}
	}

	@Test
	void migratesTheDatabaseOfItsOwnUrlAndLeavesTheApplicationsAlone() {
		String application = "jdbc:sqlite:" + this.dir.resolve("application.db");
		String own = "jdbc:sqlite:" + this.dir.resolve("own.db");
		// Spring Boot 3.5's DataSourceBuilder opens AutoMigrate's own connection.
		try (ConfigurableApplicationContext context = start(application, "spring.sql.init.mode=never",
				"schema.automigrate.url=" + own)) {
			assertThat(context.getBean(AutoMigrateRunner.class).getLastReport().orElseThrow().outcome())
				.isEqualTo(MigrationReport.Outcome.APPLIED);
			assertThat(new JdbcTemplate(new org.springframework.jdbc.datasource.DriverManagerDataSource(own))
				.queryForObject("select count(*) from member", Integer.class)).isZero();
			assertThat(new JdbcTemplate(context.getBean(javax.sql.DataSource.class))
				.queryForObject("select count(*) from sqlite_master where type = 'table'", Integer.class)).isZero();
		}
	}

	@Test
	void healthContributorCanBeSwitchedOff() {
		String url = "jdbc:sqlite:" + this.dir.resolve("off.db");
		try (ConfigurableApplicationContext context = start(url, "management.health.automigrate.enabled=false")) {
			assertThat(context.getBean(HealthContributorRegistry.class).getContributor("automigrate")).isNull();
		}
	}

	private ConfigurableApplicationContext start(String url, String... properties) {
		// As command-line arguments: they override application.properties, as default
		// properties would not.
		List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + url, "--spring.main.banner-mode=off",
				"--spring.sql.init.data-locations=classpath:compat-data.sql"));
		if (Arrays.stream(properties).noneMatch((property) -> property.startsWith("spring.sql.init.mode="))) {
			args.add("--spring.sql.init.mode=always");
		}
		Arrays.stream(properties).map((property) -> "--" + property).forEach(args::add);
		return new SpringApplicationBuilder(Boot35Application.class).web(WebApplicationType.NONE)
			.run(args.toArray(String[]::new));
	}

}
