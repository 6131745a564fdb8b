package io.github.automigrate.beside;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.github.automigrate.autoconfigure.AutoMigrateRunner;
import io.github.automigrate.beside.model.Shelf;
import io.github.automigrate.report.MigrationReport;
import io.github.automigrate.report.StatementReport;
import io.github.automigrate.testsupport.ServerDatabases;
import io.github.automigrate.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Flyway and AutoMigrate on one PostgreSQL schema: Flyway's scripts run first,
 * AutoMigrate makes what they leave out, Flyway's history table is no drift; a later
 * script for a table AutoMigrate made fails the start, and the plan exported as Flyway's
 * next migration is the way out.
 */
class FlywayBesideAutoMigrateTests {

	private static final TestDatabase POSTGRESQL = ServerDatabases.postgresql();

	private DriverManagerDataSource database;

	@TempDir
	Path scripts;

	@BeforeEach
	void freshDatabase() {
		this.database = (DriverManagerDataSource) POSTGRESQL.create();
	}

	@AfterAll
	static void dropDatabases() {
		POSTGRESQL.dropAll();
	}

	@Test
	void flywayRunsFirstAndAutoMigrateMakesWhatItsScriptsLeaveOut() {
		try (ConfigurableApplicationContext context = start("classpath:beside/migration")) {
			MigrationReport report = report(context);
			assertThat(report.outcome()).isEqualTo(MigrationReport.Outcome.APPLIED);
			assertThat(report.statements()).extracting(StatementReport::change)
				.anyMatch((change) -> change.contains("tag"))
				.noneMatch((change) -> change.contains("shelf"));
			assertThat(report.drift()).isEmpty();
			assertThat(flywayVersions(context)).containsExactly("1");
		}
		try (ConfigurableApplicationContext context = start("classpath:beside/migration")) {
			assertThat(report(context).outcome()).isEqualTo(MigrationReport.Outcome.UP_TO_DATE);
			assertThat(report(context).drift()).isEmpty();
		}
	}

	@Test
	void aConfiguredFlywayHistoryTableIsNoDriftEither() {
		try (ConfigurableApplicationContext context = start("classpath:beside/migration",
				"spring.flyway.table=schema_versions")) {
			assertThat(new JdbcTemplate(context.getBean(DataSource.class))
				.queryForObject("select count(*) from schema_versions", Integer.class)).isOne();
			assertThat(report(context).drift()).isEmpty();
		}
	}

	@Test
	void aLaterFlywayScriptForATableAutoMigrateMadeFailsTheStart() {
		start("classpath:beside/migration").close();
		assertThatException().isThrownBy(() -> start("classpath:beside/migration,classpath:beside/later"))
			.havingRootCause()
			.withMessageContaining("relation \"tag\" already exists");
	}

	@Test
	void thePlanExportedAsFlywaysNextMigrationIsTheWayOut() throws Exception {
		// A dry run writes the plan as a versioned migration and leaves the schema to
		// Flyway.
		try (ConfigurableApplicationContext context = start("classpath:beside/migration",
				"schema.automigrate.dry-run=true", "schema.automigrate.script-location=" + this.scripts)) {
			assertThat(report(context).outcome()).isEqualTo(MigrationReport.Outcome.PLANNED);
		}
		assertThat(exported()).hasSize(1);
		try (ConfigurableApplicationContext context = start("classpath:beside/migration,filesystem:" + this.scripts)) {
			assertThat(flywayVersions(context)).hasSize(2);
			assertThat(report(context).outcome()).isEqualTo(MigrationReport.Outcome.UP_TO_DATE);
			assertThat(report(context).drift()).isEmpty();
		}
	}

	private ConfigurableApplicationContext start(String locations, String... properties) {
		List<String> all = new ArrayList<>(List.of("spring.datasource.url=" + this.database.getUrl(),
				"spring.datasource.username=" + this.database.getUsername(),
				"spring.datasource.password=" + this.database.getPassword(), "spring.flyway.enabled=true",
				"spring.flyway.locations=" + locations, "spring.sql.init.mode=never", "spring.main.banner-mode=off"));
		all.addAll(List.of(properties));
		// As command-line arguments: they override the module's application.properties,
		// which turns Flyway off.
		return new SpringApplicationBuilder(FlywayApplication.class).web(WebApplicationType.NONE)
			.run(all.stream().map((property) -> "--" + property).toArray(String[]::new));
	}

	private static MigrationReport report(ConfigurableApplicationContext context) {
		return context.getBean(AutoMigrateRunner.class).getLastReport().orElseThrow();
	}

	private static List<String> flywayVersions(ConfigurableApplicationContext context) {
		return new JdbcTemplate(context.getBean(DataSource.class)).queryForList(
				"select version from flyway_schema_history where success order by installed_rank", String.class);
	}

	private List<Path> exported() throws Exception {
		try (Stream<Path> files = Files.list(this.scripts)) {
			return files.toList();
		}
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@EntityScan(basePackageClasses = Shelf.class)
	static class FlywayApplication {

	}

}
