package io.github.automigrate.published;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.automigrate.report.MigrationReport;
import io.github.automigrate.report.MigrationReport.Outcome;
import io.github.automigrate.testsupport.EmbeddedDatabases;
import io.github.automigrate.testsupport.Migrations;
import io.github.automigrate.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

class SqlitePublishedModelTests extends AbstractPublishedModelTests {

	@Override
	TestDatabase database() {
		return EmbeddedDatabases.sqlite();
	}

	/**
	 * Keycloak is not judged by Hibernate on SQLite: sqlite-jdbc lists all columns in one
	 * compound SELECT, which SQLite refuses past 500 terms ("too many terms in compound
	 * SELECT"), so neither Hibernate's validate nor the comparison can read a schema of
	 * Keycloak's size there. AutoMigrate reads SQLite's catalog its own way: it is
	 * checked on its own below.
	 */
	@Override
	Iterable<PublishedModel> models() {
		return PublishedModels.ALL.stream().filter((model) -> model != PublishedModels.KEYCLOAK).toList();
	}

	@Test
	void keycloakIsBuiltOnAnEmptyDatabaseAndASecondRunDoesNothing() {
		List<Class<?>> entities = PublishedModels.KEYCLOAK.scan();
		TestDatabase sqlite = database();
		try {
			javax.sql.DataSource dataSource = sqlite.create();
			assertThat(Migrations.migrate(dataSource, entities).outcome()).isEqualTo(Outcome.APPLIED);
			MigrationReport second = Migrations.migrate(dataSource, entities);
			assertThat(second.statements()).isEmpty();
			assertThat(second.drift()).isEmpty();
		}
		finally {
			sqlite.dropAll();
		}
	}

	@Override
	String acceptedOnThisDatabase(String key, String ours, String theirs, String theirTypeName) {
		if (key.startsWith("fk ") && theirs == null) {
			return "Hibernate's SQLite dialect creates no foreign keys; AutoMigrate declares them in CREATE TABLE";
		}
		if (key.startsWith("index ") && ours != null && ours.startsWith("unique ") && theirs == null) {
			return "Hibernate's SQLite dialect creates no table-level unique constraints; AutoMigrate creates them as "
					+ "unique indexes";
		}
		if (key.startsWith("index ") && ours != null && ours.startsWith("unique ") && theirs != null
				&& theirs.startsWith("unique sqlite_autoindex_")) {
			return "Hibernate declares a unique column inline on SQLite (an index SQLite names sqlite_autoindex_*); "
					+ "AutoMigrate creates a unique index with Hibernate's implicit name";
		}
		return null;
	}

}
