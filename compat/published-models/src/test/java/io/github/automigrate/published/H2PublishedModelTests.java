package io.github.automigrate.published;

import io.github.automigrate.testsupport.EmbeddedDatabases;
import io.github.automigrate.testsupport.TestDatabase;

class H2PublishedModelTests extends AbstractPublishedModelTests {

	@Override
	TestDatabase database() {
		return EmbeddedDatabases.h2();
	}

	@Override
	String acceptedOnThisDatabase(String key, String ours, String theirs, String theirTypeName) {
		if (theirTypeName != null && theirTypeName.startsWith("enum")) {
			return "Hibernate declares an H2 enum type for @Enumerated(STRING); AutoMigrate declares varchar, which "
					+ "Hibernate validates and which takes a new constant without a type change";
		}
		return null;
	}

}
