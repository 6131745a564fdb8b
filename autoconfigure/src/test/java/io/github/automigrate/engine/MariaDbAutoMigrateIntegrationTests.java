package io.github.automigrate.engine;

import io.github.automigrate.testsupport.ServerDatabases;
import io.github.automigrate.testsupport.TestDatabase;

class MariaDbAutoMigrateIntegrationTests extends AbstractAutoMigrateIntegrationTests {

	@Override
	TestDatabase database() {
		return ServerDatabases.mariadb();
	}

}
