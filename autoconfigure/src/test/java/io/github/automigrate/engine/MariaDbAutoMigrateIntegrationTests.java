package io.github.automigrate.engine;

import java.util.Map;

import io.github.automigrate.testsupport.ServerDatabases;
import io.github.automigrate.testsupport.TestDatabase;

class MariaDbAutoMigrateIntegrationTests extends AbstractAutoMigrateIntegrationTests {

	private static final String ENUM_REASON = "Hibernate declares a MariaDB enum('BOOK','MUSIC') for @Enumerated(STRING); "
				+ "AutoMigrate declares varchar(255), which Hibernate validates and which takes a new constant without a "
			+ "type change";

	@Override
	TestDatabase database() {
		return ServerDatabases.mariadb();
	}

	@Override
	Map<String, String> acceptedDifferences() {
		return Map.of("product.named_category", ENUM_REASON, "person_opt_ins.opt_ins_key", ENUM_REASON);
	}

}
