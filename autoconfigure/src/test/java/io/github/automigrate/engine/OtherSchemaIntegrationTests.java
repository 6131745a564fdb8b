package io.github.automigrate.engine;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.automigrate.report.MigrationReport;
import io.github.automigrate.report.MigrationReport.Outcome;
import io.github.automigrate.report.StatementReport;
import io.github.automigrate.testmodel.billing.Bill;
import io.github.automigrate.testsupport.EmbeddedDatabases;
import io.github.automigrate.testsupport.HibernateSchemaTool;
import io.github.automigrate.testsupport.Migrations;
import io.github.automigrate.testsupport.ServerDatabases;
import io.github.automigrate.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @Table(schema = ...)}: the table and its sequence go to the named schema, which
 * is read back there. Not on MySQL and MariaDB: Hibernate ignores {@code schema} there
 * (its MySQL dialects qualify names by catalog only) and looks in the connection's
 * database, so the two disagree until the mapping reads {@code catalog} for them.
 */
class OtherSchemaIntegrationTests {

	private static final List<Class<?>> BILLING = List.of(Bill.class);

	private TestDatabase database;

	static List<TestDatabase> databases() {
		return List.of(EmbeddedDatabases.h2(), EmbeddedDatabases.hsqldb(), ServerDatabases.postgresql());
	}

	@AfterEach
	void dropDatabase() {
		if (this.database != null) {
			this.database.dropAll();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("databases")
	void createsAndFindsTablesAndSequencesInAnotherSchema(TestDatabase database) {
		this.database = database;
		DataSource dataSource = database.create();
		database.createSchema(dataSource, "am_billing");
		MigrationReport report = Migrations.migrate(dataSource, BILLING);
		assertThat(report.outcome()).isEqualTo(Outcome.APPLIED);
		assertThat(report.statements()).extracting(StatementReport::change)
			.containsExactly("create sequence am_billing.bill_seq", "create table automigrate_history",
					"create table am_billing.bill");
		HibernateSchemaTool.validate(database, dataSource, BILLING);
		MigrationReport second = Migrations.migrate(dataSource, BILLING);
		assertThat(second.statements()).isEmpty();
		assertThat(second.drift()).isEmpty();
	}

}
