package io.github.automigrate.engine;

import org.junit.jupiter.api.Test;

import io.github.automigrate.testsupport.EmbeddedDatabases;
import io.github.automigrate.testsupport.TestDatabase;

class SqliteSafetyIntegrationTests extends AbstractSafetyIntegrationTests {

	@Override
	TestDatabase database() {
		return EmbeddedDatabases.sqlite();
	}

	@Test
	void aReadOnlyDatabaseGetsAClearFailure() {
		assertReadOnlyDatabaseGetsAClearFailure();
	}

}
