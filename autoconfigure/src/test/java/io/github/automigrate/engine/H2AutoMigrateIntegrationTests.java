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
		Map<String, String> accepted = new java.util.HashMap<>();
		java.util.stream.Stream
			.of("fk jhi_persistent_audit_evt_data(event_id)", "fk component_config(component_id)",
					"fk realm_attribute(realm_id)", "fk realm_supported_locales(realm_id)",
					"fk user_attribute(user_id)", "index component_config(component_id)",
					"index user_attribute(name, value)", "index user_attribute(user_id)")
			.forEach((key) -> accepted.put(key, "Hibernate cannot create this table on H2 (its column value is an H2 "
					+ "keyword it does not quote), nor so its keys"));
		return accepted;
	}

	@Override
	Map<String, String> acceptedDifferences() {
		Map<String, String> accepted = new java.util.HashMap<>();
		java.util.stream.Stream
			.of("product.named_category", "person_opt_ins.opt_ins_key", "specimen.string_level",
					"specimen.short_string_level", "specimen_labels.labels_key", "specimen_levels.levels",
					"department.language", "sm_group.group_type", "customer.customer_gender", "item.auction_type",
					"alarm.originator_type", "alarm.severity", "attribute_kv.attribute_type", "audit_log.action_status",
					"audit_log.action_type", "audit_log.entity_type", "device_profile.transport_type",
					"device_profile.type")
			.forEach((column) -> accepted.put(column, ENUM_REASON));
		String keyword = "Hibernate cannot create this table on H2: its column value is an H2 keyword, which Hibernate "
				+ "does not quote by default; AutoMigrate quotes it, and Hibernate validates the result";
		java.util.stream.Stream.of("event_id", "name", "value")
			.forEach((column) -> accepted.put("jhi_persistent_audit_evt_data." + column, keyword));
		java.util.stream.Stream.of("component_config.component_id", "component_config.id", "component_config.name",
				"component_config.value", "realm_attribute.name", "realm_attribute.realm_id", "realm_attribute.value",
				"realm_supported_locales.locale", "realm_supported_locales.realm_id", "realm_supported_locales.value",
				"user_attribute.id", "user_attribute.long_value", "user_attribute.long_value_hash",
				"user_attribute.name", "user_attribute.user_id", "user_attribute.value")
			.forEach((column) -> accepted.put(column, keyword));
		java.util.stream.Stream
			.of("entity_id", "key", "ts", "tenant_id", "bool_v", "str_v", "long_v", "dbl_v", "json_v")
			.forEach((column) -> accepted.put("ts_kv." + column, keyword));
		return accepted;
	}

}
