package io.github.automigrate.mapping.jpa;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Hibernate Envers' settings that shape its audit tables, as the application hands them
 * to Hibernate through {@code spring.jpa.properties.org.hibernate.envers.*}: the audit
 * table prefix and suffix, the revision and revision type column names, the default
 * schema and catalog, and the validity strategy's end revision column. The settings
 * AutoMigrate cannot follow are kept by name, so that an audited model stops start-up
 * naming them.
 *
 * @param prefix the audit table prefix (none by default)
 * @param suffix the audit table suffix ({@code _AUD})
 * @param revisionField the revision column ({@code REV})
 * @param revisionTypeField the revision type column ({@code REVTYPE})
 * @param schema the audit tables' schema, or {@code null} for each audited table's own
 * @param catalog the audit tables' catalog, or {@code null} for each audited table's own
 * @param revisionEndField the end revision column of the validity strategy, or
 * {@code null} for the default strategy
 * @param auditVersion whether the {@code @Version} attribute is audited
 * @param unsupported the settings AutoMigrate does not build, each with its value
 */
public record AuditSettings(String prefix, String suffix, String revisionField, String revisionTypeField,
		@Nullable String schema, @Nullable String catalog, @Nullable String revisionEndField, boolean auditVersion,
		List<String> unsupported) implements java.io.Serializable {

	private static final String ENVERS = "spring.jpa.properties.org.hibernate.envers.";

	public AuditSettings {
		unsupported = List.copyOf(unsupported);
	}

	/**
	 * Envers' defaults.
	 * @return the default settings
	 */
	public static AuditSettings defaults() {
		return from((name) -> null);
	}

	/**
	 * Reads the settings as Spring Boot hands them to Hibernate.
	 * @param properties the value of a property, or {@code null} when it is not set
	 * @return the settings
	 */
	public static AuditSettings from(Function<String, @Nullable String> properties) {
		Function<String, @Nullable String> envers = (name) -> trimmed(properties.apply(ENVERS + name));
		List<String> unsupported = new ArrayList<>();
		String strategy = envers.apply("audit_strategy");
		boolean validity = strategy != null && (strategy.equalsIgnoreCase("validity")
				|| strategy.equals("org.hibernate.envers.strategy.ValidityAuditStrategy")
				|| strategy.equals("org.hibernate.envers.strategy.internal.ValidityAuditStrategy"));
		if (strategy != null && !validity && !strategy.equalsIgnoreCase("default")
				&& !strategy.equals("org.hibernate.envers.strategy.DefaultAuditStrategy")
				&& !strategy.equals("org.hibernate.envers.strategy.internal.DefaultAuditStrategy")) {
			unsupported.add("audit_strategy=" + strategy);
		}
		for (String flag : List.of("track_entities_changed_in_revision", "global_with_modified_flag",
				"audit_strategy_validity_store_revend_timestamp")) {
			if ("true".equalsIgnoreCase(envers.apply(flag))) {
				unsupported.add(flag + "=true");
			}
		}
		if ("false".equalsIgnoreCase(envers.apply("use_revision_entity_with_native_id"))) {
			unsupported.add("use_revision_entity_with_native_id=false");
		}
		String revisionEnd = envers.apply("audit_strategy_validity_end_rev_field_name");
		return new AuditSettings(orElse(properties.apply(ENVERS + "audit_table_prefix"), ""),
				orElse(properties.apply(ENVERS + "audit_table_suffix"), "_AUD"),
				orElse(envers.apply("revision_field_name"), "REV"),
				orElse(envers.apply("revision_type_field_name"), "REVTYPE"), envers.apply("default_schema"),
				envers.apply("default_catalog"), validity ? orElse(revisionEnd, "REVEND") : null,
				"false".equalsIgnoreCase(envers.apply("do_not_audit_optimistic_locking_field")), unsupported);
	}

	private static String orElse(@Nullable String value, String otherwise) {
		return (value != null) ? value : otherwise;
	}

	private static @Nullable String trimmed(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
