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
		Map<String, String> accepted = new java.util.HashMap<>();
		java.util.stream.Stream
			.of("order_line", "document", "owners", "pets", "specialties", "types", "vets", "visits", "specimen_note",
					"articles", "comments", "users", "watcher")
			.forEach((table) -> accepted.put(table + ".id", identity));
		accepted.put("revinfo.rev", "Envers' revision number is an identity column, integer primary key on SQLite (an "
				+ "alias of the rowid, which takes no null); Hibernate leaves out its NOT NULL");
		String character = "Hibernate declares char without a length on SQLite; AutoMigrate declares char(n), and SQLite "
				+ "ignores it";
		java.util.stream.Stream
			.of("product.letter", "specimen.grade", "specimen.initial", "specimen_batch$lot.is_active", "rate.currency",
					"ticket.code", "ticket.correlation", "customer.customer_gender")
			.forEach((column) -> accepted.put(column, character));
		return accepted;
	}

	@Override
	Map<String, String> acceptedKeyDifferences() {
		String inline = "Hibernate declares a unique column inline on SQLite (an index SQLite names sqlite_autoindex_*); "
				+ "AutoMigrate creates a unique index with Hibernate's implicit UK name, and recognises the inline one by "
				+ "its columns";
		String noTableUnique = "Hibernate's SQLite dialect does not create table-level unique constraints; AutoMigrate "
				+ "creates them as unique indexes";
		Map<String, String> accepted = new java.util.HashMap<>();
		java.util.stream.Stream.of("customers(email)", "product(sku_code)", "shipment(order_id)")
			.forEach((key) -> accepted.put("index " + key, inline));
		java.util.stream.Stream
			.of("dealer_contact(email)", "outlet_address(city, street)", "customers(full_name, created_at)",
					"person_nicknames(person_id, nicknames)", "person_tags(person_id, tag)",
					"product(short_value, byte_value)", "token(serial)", "user_attributes(user_id, attributes)",
					"specimen_levels(specimen_id, levels)", "specimen_batch_codes(specimen_batch_id, codes)",
					"keycloak_role(name, client_realm_constraint)", "role_attribute_values(role_id, attr_value)",
					"user_entity(realm_id, email_constraint)", "user_entity(realm_id, username)",
					"ranking(score, name)", "ticket(tenant, external_ref)", "category(merchant_id, code)",
					"category_description(category_id, language_id)", "customer(merchant_id, customer_nick)",
					"product(merchant_id, sku)", "product_description(product_id, language_id)",
					"category(name, parent_id)", "association_value_entry(saga_id, association_key, association_value)",
					"dead_letter_entry(processing_group, sequence_identifier, sequence_index)",
					"domain_event_entry(aggregate_identifier, sequence_number)", "gallery_sorted(gallery_id, filename)",
					"device(tenant_id, name)", "device_profile(tenant_id, name)",
					"catalogue_aliases(catalogue_ref, alias)", "redirect_uris(client_id, uri)",
					"web_origins(client_id, uri)", "warehouse(region_cd, site_no)", "ticket_label(ticket_id, labels)",
					"ticket_note(ticket_id, notes)", "ticket_stamp(ticket_id, desk_id, stamped_at)",
					"ticket_tag(ticket_id, tags)", "folio(shelf_mark, leaf)", "folio_keywords(folio_id, keywords)")
			.forEach((key) -> accepted.put("index " + key, noTableUnique));
		return accepted;
	}

	@Override
	String foreignKeysHibernateLeavesOut() {
		return "Hibernate's SQLite dialect creates no foreign keys; AutoMigrate declares them in CREATE TABLE (SQLite "
				+ "keeps no readable name for them)";
	}

}
