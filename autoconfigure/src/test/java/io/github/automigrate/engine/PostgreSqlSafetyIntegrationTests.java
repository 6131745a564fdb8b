package io.github.automigrate.engine;

import org.junit.jupiter.api.Test;

import io.github.automigrate.testsupport.ServerDatabases;
import io.github.automigrate.testsupport.TestDatabase;

class PostgreSqlSafetyIntegrationTests extends AbstractServerSafetyIntegrationTests {

	@Override
	TestDatabase database() {
		return ServerDatabases.postgresql();
	}

	@Test
	void aReadOnlyDatabaseGetsAClearFailure() {
		assertReadOnlyDatabaseGetsAClearFailure();
	}

}
