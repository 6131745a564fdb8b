package io.github.automigrate.published;

import java.util.List;
import java.util.Map;

/**
 * The published models the tests run: entity jars that real applications put on their
 * class path, as they are.
 */
final class PublishedModels {

	/** Keycloak's JPA model: the packages its own persistence unit lists. */
	static final PublishedModel KEYCLOAK = new PublishedModel("Keycloak 26.4.7",
			"org.keycloak:keycloak-model-jpa:26.4.7",
			List.of("org.keycloak.models.jpa.entities", "org.keycloak.models.jpa.session", "org.keycloak.events.jpa",
					"org.keycloak.authorization.jpa.entities", "org.keycloak.storage.jpa.entity",
					"org.keycloak.storage.configuration.jpa.entity", "org.keycloak.models.workflow"),
			62,
			new PublishedModel.Drops(
					List.of("event_entity.ip_address", "event_entity.error", "event_entity.event_time"),
					"admin_event_entity"),
			Map.of("H2", keycloakTablesWithAValueColumn()), Map.of());

	/**
	 * Axon Framework's entities, in the packages its Spring Boot auto-configuration
	 * registers for JPA.
	 */
	static final PublishedModel AXON = new PublishedModel("Axon Framework 4.13.0",
			"org.axonframework:axon-messaging, axon-modelling, axon-eventsourcing:4.13.0",
			List.of("org.axonframework.eventhandling.tokenstore.jpa", "org.axonframework.eventhandling.deadletter.jpa",
					"org.axonframework.modelling.saga.repository.jpa",
					"org.axonframework.eventsourcing.eventstore.jpa"),
			6, new PublishedModel.Drops(List.of("token_entry.owner", "token_entry.timestamp"), "snapshot_event_entry"),
			Map.of(), Map.of());

	/** Spring Modulith's event publication registry, in its both completion modes. */
	static final PublishedModel SPRING_MODULITH = new PublishedModel("Spring Modulith 2.1.1",
			"org.springframework.modulith:spring-modulith-events-jpa:2.1.1",
			List.of("org.springframework.modulith.events.jpa"), 2,
			new PublishedModel.Drops(
					List.of("event_publication.completion_date", "event_publication.completion_attempts"),
					"event_publication_archive"),
			Map.of(), Map.of());

	/**
	 * Apache Camel's JPA idempotent repository: one table, so only a column is dropped.
	 */
	static final PublishedModel CAMEL = new PublishedModel("Apache Camel 4.14.1", "org.apache.camel:camel-jpa:4.14.1",
			List.of("org.apache.camel.processor.idempotent.jpa"), 1,
			new PublishedModel.Drops(List.of("camel_messageprocessed.created_at"), null), Map.of(), Map.of());

	static final List<PublishedModel> ALL = List.of(KEYCLOAK, AXON, SPRING_MODULITH, CAMEL);

	private PublishedModels() {
	}

	/**
	 * Keycloak's tables with a column named value, which Hibernate does not quote: H2
	 * rejects each create table.
	 */
	private static Map<String, String> keycloakTablesWithAValueColumn() {
		Map<String, String> tables = new java.util.TreeMap<>();
		List.of("authenticator_config_entry", "client_attributes", "client_node_registrations",
				"client_scope_attributes", "component_config", "fed_user_attribute", "group_attribute",
				"identity_provider_config", "idp_mapper_config", "policy_config", "protocol_mapper_config",
				"realm_attribute", "realm_enabled_event_types", "realm_events_listeners", "realm_smtp_config",
				"realm_supported_locales", "redirect_uris", "required_action_config", "resource_attribute",
				"resource_uris", "role_attribute", "server_config", "user_attribute", "user_federation_config",
				"user_federation_mapper_config", "web_origins")
			.forEach((table) -> tables.put(table, "its column value is an H2 keyword that Hibernate does not quote; "
					+ "AutoMigrate quotes it, and Hibernate validates the result"));
		return tables;
	}

}
