package io.github.automigrate.engine;

import java.util.Map;

import io.github.automigrate.testsupport.EmbeddedDatabases;
import io.github.automigrate.testsupport.TestDatabase;

class H2AutoMigrateIntegrationTests extends AbstractAutoMigrateIntegrationTests {

	@Override
	TestDatabase database() {
		return EmbeddedDatabases.h2();
	}

	@Override
	Map<String, String> acceptedDifferences() {
		return Map.of("product.named_category", "Hibernate declares an H2 enum type for @Enumerated(STRING); AutoMigrate "
				+ "declares varchar(255), which Hibernate validates and which takes a new constant without a type change");
	}

}
