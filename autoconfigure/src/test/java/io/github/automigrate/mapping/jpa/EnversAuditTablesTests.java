package io.github.automigrate.mapping.jpa;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.github.automigrate.mapping.MappingException;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Schema;
import io.github.automigrate.model.Table;
import io.github.automigrate.testmodel.audited.AuditedModel;
import io.github.automigrate.testmodel.rich.RichModel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EnversAuditTablesTests {

	private static final String ENVERS = "spring.jpa.properties.org.hibernate.envers.";

	@Test
	void auditedEntitiesGetTheirAuditTablesAndTheRevisionTable() {
		Map<String, Table> tables = tables(read(Map.of()));
		assertThat(tables).containsKeys("revinfo", "person_aud", "team_history", "note_aud", "document_aud",
				"invoice_aud", "vehicle_aud", "attachment_aud", "person_tags_aud", "person_previous_addresses_aud",
				"team_mentors_aud", "document_attachment_aud");
		assertThat(columns(tables.get("person_aud"))).containsExactly("rev", "id", "revtype", "name", "street", "city",
				"postcode", "team_id", "country_code");
		assertThat(tables.get("person_aud").primaryKey()).extracting(Identifier::text).containsExactly("rev", "id");
		assertThat(tables.get("person_aud").columns())
			.filteredOn((column) -> !column.name().text().equals("rev") && !column.name().text().equals("id"))
			.allMatch(io.github.automigrate.model.Column::nullable);
		assertThat(columns(tables.get("team_history"))).doesNotContain("created_by");
		assertThat(columns(tables.get("attachment_aud"))).contains("label");
		assertThat(columns(tables.get("invoice_aud"))).containsExactly("rev", "id", "amount");
		assertThat(tables.get("invoice_aud").foreignKeys()).singleElement()
			.satisfies((key) -> assertThat(key.referencedTable().name().text()).isEqualTo("document_aud"));
	}

	@Test
	void modelsWithoutAuditedEntitiesGetNoAuditTables() {
		assertThat(tables(new EntityMappingReader().read(RichModel.CLASSES).schema())).doesNotContainKey("revinfo")
			.allSatisfy((name, table) -> assertThat(name).doesNotEndWith("_aud"));
	}

	@Test
	void enversSettingsNameTheTablesAndColumns() {
		Map<String, Table> tables = tables(
				read(Map.of(ENVERS + "audit_table_suffix", "_history", ENVERS + "audit_table_prefix", "log_",
						ENVERS + "revision_field_name", "revision", ENVERS + "revision_type_field_name", "kind",
						ENVERS + "audit_strategy", "org.hibernate.envers.strategy.ValidityAuditStrategy")));
		assertThat(tables).containsKeys("log_person_history", "log_person_tags_history",
				"log_document_attachment_history");
		assertThat(columns(tables.get("log_person_history"))).startsWith("revision", "id", "kind", "revend");
		assertThat(tables.get("log_person_history").foreignKeys()).extracting((key) -> key.columns().get(0).text())
			.containsExactly("revision", "revend");
	}

	@Test
	void settingsAutoMigrateDoesNotBuildStopTheMapping() {
		assertThatExceptionOfType(MappingException.class)
			.isThrownBy(() -> read(Map.of(ENVERS + "track_entities_changed_in_revision", "true")))
			.withMessageContaining("track_entities_changed_in_revision=true");
	}

	private static Schema read(Map<String, String> properties) {
		return new EntityMappingReader(MappingOptions.from(properties::get)).read(AuditedModel.CLASSES).schema();
	}

	private static Map<String, Table> tables(Schema schema) {
		return schema.tables()
			.stream()
			.collect(Collectors.toMap((table) -> table.name().name().text(), (table) -> table));
	}

	private static List<String> columns(Table table) {
		return table.columns().stream().map((column) -> column.name().text()).toList();
	}

}
