package io.github.automigrate.published;

import io.github.automigrate.testsupport.EmbeddedDatabases;
import io.github.automigrate.testsupport.TestDatabase;

class SqlitePublishedModelTests extends AbstractPublishedModelTests {

	@Override
	TestDatabase database() {
		return EmbeddedDatabases.sqlite();
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
