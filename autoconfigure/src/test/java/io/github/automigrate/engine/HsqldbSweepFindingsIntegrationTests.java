package io.github.automigrate.engine;

import io.github.automigrate.testsupport.EmbeddedDatabases;
import io.github.automigrate.testsupport.TestDatabase;

class HsqldbSweepFindingsIntegrationTests extends AbstractSweepFindingsIntegrationTests {

	@Override
	TestDatabase database() {
		return EmbeddedDatabases.hsqldb();
	}

}
