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
	Map<String, String> acceptedKeyDifferences() {
		return Map.of("fk jhi_persistent_audit_evt_data(event_id)", "Hibernate cannot create the table "
				+ "jhi_persistent_audit_evt_data on H2 (its column value is an H2 keyword it does not quote), nor so its "
				+ "foreign key");
	}

	@Override
	Map<String, String> acceptedDifferences() {
		Map<String, String> accepted = new java.util.HashMap<>();
		java.util.stream.Stream.of("product.named_category", "person_opt_ins.opt_ins_key", "specimen.string_level",
				"specimen.short_string_level", "specimen_labels.labels_key", "specimen_levels.levels", "department.language")
			.forEach((column) -> accepted.put(column, ENUM_REASON));
		java.util.stream.Stream.of("event_id", "name", "value")
			.forEach((column) -> accepted.put("jhi_persistent_audit_evt_data." + column, "Hibernate cannot create this "
					+ "table on H2: its column value is an H2 keyword, which Hibernate does not quote by default; "
					+ "AutoMigrate quotes it, and Hibernate validates the result"));
		return accepted;
	}

}
