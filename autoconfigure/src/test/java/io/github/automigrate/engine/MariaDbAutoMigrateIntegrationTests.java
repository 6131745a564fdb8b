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
		Map<String, String> accepted = new java.util.HashMap<>();
		java.util.stream.Stream
			.of("product.named_category", "person_opt_ins.opt_ins_key", "specimen.string_level",
					"specimen.short_string_level", "specimen_labels.labels_key", "specimen_levels.levels",
					"department.language", "sm_group.group_type", "customer.customer_gender", "item.auction_type",
					"alarm.originator_type", "alarm.severity", "attribute_kv.attribute_type", "audit_log.action_status",
					"audit_log.action_type", "audit_log.entity_type", "device_profile.transport_type",
					"device_profile.type")
			.forEach((column) -> accepted.put(column, ENUM_REASON));
		String keyword = "Hibernate cannot create this table on MariaDB: its column key is a MariaDB reserved word, which "
				+ "Hibernate does not quote by default; AutoMigrate quotes it, and Hibernate validates the result";
		java.util.stream.Stream
			.of("entity_id", "key", "ts", "tenant_id", "bool_v", "str_v", "long_v", "dbl_v", "json_v")
			.forEach((column) -> accepted.put("ts_kv." + column, keyword));
		return accepted;
	}

}
