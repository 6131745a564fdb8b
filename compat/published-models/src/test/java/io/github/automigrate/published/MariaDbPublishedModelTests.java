package io.github.automigrate.published;

import io.github.automigrate.testsupport.ServerDatabases;
import io.github.automigrate.testsupport.TestDatabase;

class MariaDbPublishedModelTests extends AbstractPublishedModelTests {

	/**
	 * Why the unique key of a set of nullable values has another name than Hibernate's.
	 */
	static final String SET_KEY_NAMES = "Hibernate names the unique key of a set of nullable values after the owner's "
			+ "table, so the sets of one owner share one name, which MariaDB allows (index names are per table); "
			+ "AutoMigrate names each after its own table, as the shared name fails on PostgreSQL, H2 and SQLite";

	@Override
	TestDatabase database() {
		return ServerDatabases.mariadb();
	}

	@Override
	String acceptedOnThisDatabase(String key, String ours, String theirs, String theirTypeName) {
		if (theirTypeName != null && theirTypeName.startsWith("enum")) {
			return "Hibernate declares an MariaDB enum type for @Enumerated(STRING); AutoMigrate declares varchar, which "
					+ "Hibernate validates and which takes a new constant without a type change";
		}
		if (key.startsWith("index ") && ours != null && theirs != null && ours.startsWith("unique uk")
				&& theirs.startsWith("unique uk") && !ours.equals(theirs)) {
			return SET_KEY_NAMES;
		}
		return null;
	}

}
