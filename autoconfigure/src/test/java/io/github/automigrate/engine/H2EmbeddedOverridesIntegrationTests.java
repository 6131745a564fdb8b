package io.github.automigrate.engine;

import io.github.automigrate.testsupport.EmbeddedDatabases;
import io.github.automigrate.testsupport.TestDatabase;

class H2EmbeddedOverridesIntegrationTests extends AbstractEmbeddedOverridesIntegrationTests {

	@Override
	TestDatabase database() {
		return EmbeddedDatabases.h2();
	}

}
