package io.github.automigrate.engine;

import io.github.automigrate.testsupport.ServerDatabases;
import io.github.automigrate.testsupport.TestDatabase;

class PostgreSqlEmbeddedOverridesIntegrationTests extends AbstractEmbeddedOverridesIntegrationTests {

	@Override
	TestDatabase database() {
		return ServerDatabases.postgresql();
	}

}
