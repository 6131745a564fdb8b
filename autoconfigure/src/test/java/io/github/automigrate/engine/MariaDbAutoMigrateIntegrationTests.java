package io.github.automigrate.engine;

import java.util.Map;

import io.github.automigrate.testsupport.ServerDatabases;
import io.github.automigrate.testsupport.TestDatabase;

class MariaDbAutoMigrateIntegrationTests extends AbstractAutoMigrateIntegrationTests {

	@Override
	TestDatabase database() {
		return ServerDatabases.mariadb();
	}

	@Override
	Map<String, String> acceptedDifferences() {
		return Map.of("product.named_category", "Hibernate declares a MariaDB enum('BOOK','MUSIC') for @Enumerated(STRING); "
				+ "AutoMigrate declares varchar(255), which Hibernate validates and which takes a new constant without a "
				+ "type change");
	}

}
