package io.github.automigrate.autoconfigure;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

import io.github.automigrate.apply.MigrationRequest;

/**
 * The other tools that may write the schema AutoMigrate migrates: Flyway and Liquibase,
 * whose own tables are no drift, and Hibernate's schema generation, which AutoMigrate
 * warns about when it is left on.
 */
final class OtherSchemaTools {

	/**
	 * The settings that turn Hibernate's schema generation on. The last two are keys of
	 * Spring Boot's {@code spring.jpa.properties} map, read as written, as Spring Boot
	 * passes them on to Hibernate.
	 */
	private static final List<String> HIBERNATE_SETTINGS = List.of("spring.jpa.hibernate.ddl-auto",
			"spring.jpa.properties.hibernate.hbm2ddl.auto",
			"spring.jpa.properties.jakarta.persistence.schema-generation.database.action");

	/**
	 * The values of those settings with which Hibernate creates, alters or drops tables.
	 */
	private static final Set<String> WRITING = Set.of("create", "create-drop", "create-only", "drop", "drop-and-create",
			"update");

	private OtherSchemaTools() {
	}

	/**
	 * The tables Flyway and Liquibase keep: under their default names, and under the
	 * names the application gives them.
	 * @param environment the application's environment
	 * @return the table names
	 */
	static Set<String> tables(Environment environment) {
		Binder binder = Binder.get(environment);
		Set<String> tables = new LinkedHashSet<>(MigrationRequest.DEFAULT_OTHER_TOOLS_TABLES);
		for (String property : List.of("spring.flyway.table", "spring.liquibase.database-change-log-table",
				"spring.liquibase.database-change-log-lock-table")) {
			binder.bind(property, String.class).ifBound(tables::add);
		}
		return tables;
	}

	/**
	 * The warning to give when Hibernate's schema generation writes the schema too.
	 * @param environment the application's environment
	 * @param dryRun whether AutoMigrate only plans
	 * @return the warning, one line, or {@code null} when Hibernate writes no DDL
	 */
	static @Nullable String hibernateDdlWarning(Environment environment, boolean dryRun) {
		String settings = HIBERNATE_SETTINGS.stream()
			.filter((name) -> writes(environment.getProperty(name)))
			.map((name) -> name + "=" + environment.getProperty(name).trim())
			.collect(Collectors.joining(", "));
		if (settings.isEmpty()) {
			return null;
		}
		return "AutoMigrate and Hibernate both write the schema (" + settings + ")"
				+ (dryRun ? ", and Hibernate applies what AutoMigrate's dry run only plans" : "")
				+ ": set Hibernate's to none or validate";
	}

	private static boolean writes(@Nullable String value) {
		return value != null && WRITING.contains(value.trim().toLowerCase(Locale.ROOT));
	}

}
