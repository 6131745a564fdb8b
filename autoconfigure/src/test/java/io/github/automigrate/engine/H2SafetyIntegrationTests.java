package io.github.automigrate.engine;

import io.github.automigrate.testsupport.EmbeddedDatabases;
import io.github.automigrate.testsupport.TestDatabase;

class H2SafetyIntegrationTests extends AbstractSafetyIntegrationTests {

	@Override
	TestDatabase database() {
		return EmbeddedDatabases.h2();
	}

}
