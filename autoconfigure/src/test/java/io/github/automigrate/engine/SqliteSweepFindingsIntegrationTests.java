package io.github.automigrate.engine;

import org.jspecify.annotations.Nullable;

import io.github.automigrate.testsupport.EmbeddedDatabases;
import io.github.automigrate.testsupport.TestDatabase;

class SqliteSweepFindingsIntegrationTests extends AbstractSweepFindingsIntegrationTests {

	@Override
	TestDatabase database() {
		return EmbeddedDatabases.sqlite();
	}

	@Override
	@Nullable String acceptedDifference(String name, @Nullable String ours, @Nullable String theirs) {
		if (name.startsWith("fk ") && theirs == null) {
			return "Hibernate's SQLite dialect creates no foreign keys; AutoMigrate declares them in CREATE TABLE";
		}
		if (name.startsWith("index ") && (theirs == null || theirs.contains("sqlite_autoindex"))) {
			return "Hibernate declares unique keys inline on SQLite or not at all; AutoMigrate creates unique indexes";
		}
		if (ours != null && theirs != null && ours.equals(theirs + " not null") && theirs.startsWith("integer")) {
			return "a Long identity id is integer primary key, the only column SQLite generates values for";
		}
		return super.acceptedDifference(name, ours, theirs);
	}

	@Override
	boolean hibernateMapsJsonEmbeddables() {
		// Hibernate's SQLite dialect has no JSON aggregate support: it stops with
		// "Dialect does not support aggregateComponentAssignmentExpression".
		return false;
	}

}
