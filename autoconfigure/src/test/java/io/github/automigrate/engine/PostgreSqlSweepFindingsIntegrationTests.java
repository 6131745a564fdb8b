package io.github.automigrate.engine;

import io.github.automigrate.testsupport.ServerDatabases;
import io.github.automigrate.testsupport.TestDatabase;

class PostgreSqlSweepFindingsIntegrationTests extends AbstractSweepFindingsIntegrationTests {

	@Override
	TestDatabase database() {
		return ServerDatabases.postgresql();
	}

}
