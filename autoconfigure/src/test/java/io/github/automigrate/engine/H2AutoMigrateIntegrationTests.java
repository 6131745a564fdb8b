package io.github.automigrate.engine;

import java.util.Map;

import io.github.automigrate.testsupport.EmbeddedDatabases;
import io.github.automigrate.testsupport.TestDatabase;

class H2AutoMigrateIntegrationTests extends AbstractAutoMigrateIntegrationTests {

	private static final String ENUM_REASON = "Hibernate declares an H2 enum type for @Enumerated(STRING); AutoMigrate "
			+ "declares varchar(255), which Hibernate validates and which takes a new constant without a type change";

	@Override
	TestDatabase database() {
		return EmbeddedDatabases.h2();
	}

	@Override
	boolean hasCatalogFingerprint() {
		return false;
	}

	@Override
	Map<String, String> acceptedDifferences() {
		return Map.of("product.named_category", ENUM_REASON, "person_opt_ins.opt_ins_key", ENUM_REASON);
	}

}
