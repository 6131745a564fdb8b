package io.github.automigrate.published;

import io.github.automigrate.testsupport.ServerDatabases;
import io.github.automigrate.testsupport.TestDatabase;

class MariaDbPublishedModelTests extends AbstractPublishedModelTests {

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
		return null;
	}

}
