package io.github.automigrate.engine;

import io.github.automigrate.testsupport.EmbeddedDatabases;
import io.github.automigrate.testsupport.TestDatabase;

class SqliteEmbeddedOverridesIntegrationTests extends AbstractEmbeddedOverridesIntegrationTests {

	@Override
	TestDatabase database() {
		return EmbeddedDatabases.sqlite();
	}

}
