package io.github.automigrate.autoconfigure;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.github.automigrate.apply.MigrationFailedException;
import io.github.automigrate.dialect.SchemaLock;
import io.github.automigrate.mapping.MappingException;
import io.github.automigrate.report.MigrationReport;
import io.github.automigrate.testmodel.shop.Customer;
import io.github.automigrate.testsupport.Migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AutoMigrateFailureAnalyzerTests {

	private static final MigrationReport REPORT = new MigrationReport(java.time.Instant.now(), 1,
			MigrationReport.Outcome.FAILED, false, "H2 2", "H2", List.of(), List.of(), List.of(), List.of(), List.of(),
			MigrationReport.Comparison.FULL, "boom");

	@Test
	void failedMigrationIsDescribedWithItsSqlAndTheWayOut() {
		MigrationReport report = REPORT;
		MigrationFailedException failure = new MigrationFailedException(
				"AutoMigrate could not add column orders.total. SQL: alter table orders add column total integer. "
						+ "Database error: Table ORDERS not found",
				report, new IllegalStateException("Table ORDERS not found"));
		FailureAnalysis analysis = new AutoMigrateFailureAnalyzer().analyze(new RuntimeException(failure));
		assertThat(analysis.getDescription()).contains("orders.total")
			.contains("alter table orders")
			.contains("Table ORDERS not found");
		assertThat(analysis.getAction()).contains("schema.automigrate.fail-on-error=false");
	}

	@Test
	void unsupportedDatabaseIsNamedWithTheWayOut() {
		MigrationFailedException failure = catchThrowableOfType(MigrationFailedException.class,
				() -> Migrations.migrate(new DriverManagerDataSource("jdbc:derby:memory:unsupported;create=true"),
						List.of(Customer.class)));
		FailureAnalysis analysis = new AutoMigrateFailureAnalyzer().analyze(failure);
		assertThat(analysis.getDescription()).contains("does not support the database 'Apache Derby'");
		assertThat(analysis.getAction()).contains("schema.automigrate.enabled=false");
	}

	@Test
	void lockTimeoutSaysWhoHoldsItAndWhatToRaise() {
		MigrationFailedException failure = new MigrationFailedException("AutoMigrate could not migrate the schema",
				REPORT, new SchemaLock.LockTimeoutException("automigrate:shop", java.time.Duration.ofSeconds(1)));
		assertThat(new AutoMigrateFailureAnalyzer().analyze(failure).getAction())
			.contains("Another instance is migrating this database")
			.contains("schema.automigrate.lock-timeout");
	}

	@Test
	void missingRightsSayWhatToGrant() {
		MigrationFailedException failure = new MigrationFailedException("AutoMigrate could not create table customers",
				REPORT, new java.sql.SQLException("permission denied for schema public", "42501"));
		assertThat(new AutoMigrateFailureAnalyzer().analyze(failure).getAction()).contains("grant it CREATE and ALTER")
			.contains("schema.automigrate.user", "schema.automigrate.password", "schema.automigrate.url",
					"@AutoMigrateDataSource");
	}

	@Test
	void aUserTableNamedAsTheHistorySaysWhichPropertyToChange() {
		DriverManagerDataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:history-conflict;DB_CLOSE_DELAY=-1", "sa",
				"");
		new org.springframework.jdbc.core.JdbcTemplate(h2).execute("create table automigrate_history (id integer)");
		MigrationFailedException failure = catchThrowableOfType(MigrationFailedException.class,
				() -> Migrations.migrate(h2, List.of(Customer.class)));
		FailureAnalysis analysis = new AutoMigrateFailureAnalyzer().analyze(failure);
		assertThat(analysis.getDescription()).contains("automigrate_history").contains("did not create");
		assertThat(analysis.getAction()).contains("set schema.automigrate.history.table to another name");
	}

	@Test
	void aStatementSmuggledIntoAColumnDefinitionNamesTheAttribute() {
		MappingException failure = catchThrowableOfType(MappingException.class,
				() -> new io.github.automigrate.mapping.jpa.EntityMappingReader().read(List.of(Smuggling.class)));
		FailureAnalysis analysis = new MappingFailureAnalyzer().analyze(failure);
		assertThat(analysis.getDescription()).startsWith("AutoMigrate cannot map Smuggling.name: declares the "
				+ "columnDefinition \"varchar(10)); drop table victim; --\", which holds a statement separator (;)");
		assertThat(analysis.getAction()).contains("@Column(columnDefinition = ...)");
	}

	@jakarta.persistence.Entity
	static class Smuggling {

		@jakarta.persistence.Id
		private Long id;

		@jakarta.persistence.Column(columnDefinition = "varchar(10)); drop table victim; --")
		private String name;

	}

	@Test
	void mappingErrorNamesTheFieldAndWhatToDo() {
		MappingException failure = new MappingException("Order.items",
				"has the type java.util.Map, which AutoMigrate " + "cannot map to a column.",
				"Mark the field @Transient if it is not persistent.");
		FailureAnalysis analysis = new MappingFailureAnalyzer().analyze(new RuntimeException(failure));
		assertThat(analysis.getDescription()).isEqualTo(
				"AutoMigrate cannot map Order.items: has the type java.util.Map, which AutoMigrate cannot map to a column.");
		assertThat(analysis.getAction()).isEqualTo("Mark the field @Transient if it is not persistent.");
	}

}
