package io.github.automigrate.engine;

import io.github.automigrate.testsupport.EmbeddedDatabases;
import io.github.automigrate.testsupport.TestDatabase;

class HsqldbSweepFindingsIntegrationTests extends AbstractSweepFindingsIntegrationTests {

	@Override
	TestDatabase database() {
		return EmbeddedDatabases.hsqldb();
	}

	@Override
	boolean hibernateMapsJsonEmbeddables() {
		// Hibernate's HSQLDialect has no JSON aggregate support: it stops with
		// "Dialect does not support aggregateComponentAssignmentExpression".
		return false;
	}

}
