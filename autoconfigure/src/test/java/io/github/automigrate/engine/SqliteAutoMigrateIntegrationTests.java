package io.github.automigrate.engine;

import java.util.Map;

import io.github.automigrate.testsupport.EmbeddedDatabases;
import io.github.automigrate.testsupport.TestDatabase;

class SqliteAutoMigrateIntegrationTests extends AbstractAutoMigrateIntegrationTests {

	@Override
	TestDatabase database() {
		return EmbeddedDatabases.sqlite();
	}

	@Override
	Map<String, String> acceptedDifferences() {
		String identity = "a Long identity id is integer primary key, the only column SQLite generates values for; "
				+ "Hibernate writes it with no type at all";
		return Map.of("order_line.id", identity, "document.id", identity, "product.letter",
				"Hibernate declares char without a length on SQLite; AutoMigrate declares char(1), and SQLite ignores it");
	}

}
