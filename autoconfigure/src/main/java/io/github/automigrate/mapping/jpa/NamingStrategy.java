package io.github.automigrate.mapping.jpa;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.automigrate.mapping.MappingException;
import io.github.automigrate.model.Identifier;

/**
 * The physical naming Hibernate applies to logical names, per {@link NamingSettings}. By
 * default Spring Boot's: camelCase becomes snake_case, dots become underscores, all lower
 * case. It applies to explicit names too ({@code @Table(name = "OrderLine")} is
 * {@code order_line}), as in Spring Boot; a quoted name ({@code `Order`}) is kept
 * exactly. With global quoting every name is quoted first, so the standard strategies
 * keep it as written.
 */
public final class NamingStrategy {

	/**
	 * What a name is of: each kind has its own method in a Hibernate physical naming
	 * strategy.
	 */
	enum Kind {

		CATALOG("toPhysicalCatalogName"), SCHEMA("toPhysicalSchemaName"), TABLE("toPhysicalTableName"),
		SEQUENCE("toPhysicalSequenceName"), COLUMN("toPhysicalColumnName");

		private final String method;

		Kind(String method) {
			this.method = method;
		}

		String method() {
			return this.method;
		}

	}

	private final NamingSettings settings;

	private final @Nullable HibernatePhysicalNaming custom;

	private final Map<String, Identifier> snakeCased = new HashMap<>();

	/** Spring Boot's default naming. */
	public NamingStrategy() {
		this(NamingSettings.defaults());
	}

	/**
	 * Naming per some settings.
	 * @param settings the settings
	 * @throws MappingException if a custom physical strategy cannot be used
	 */
	public NamingStrategy(NamingSettings settings) {
		this.settings = settings;
		this.custom = (settings.physical() == NamingSettings.Physical.CUSTOM)
				? HibernatePhysicalNaming.of(settings.customPhysicalStrategy()) : null;
	}

	NamingSettings settings() {
		return this.settings;
	}

	/**
	 * The physical name of a logical column name.
	 * @param logicalName the name from an annotation or a Java name
	 * @return the identifier the database sees
	 */
	public Identifier physical(String logicalName) {
		return physical(logicalName, Kind.COLUMN);
	}

	/**
	 * The physical name of a logical name.
	 * @param logicalName the name from an annotation or a Java name
	 * @param kind what the name is of
	 * @return the identifier the database sees
	 */
	Identifier physical(String logicalName, Kind kind) {
		Identifier identifier = Identifier.of(logicalName);
		if (this.settings.globallyQuoted() && !identifier.quoted()) {
			identifier = new Identifier(identifier.text(), true);
		}
		if (this.custom != null) {
			return this.custom.apply(identifier, kind);
		}
		if (identifier.quoted() || this.settings.physical() == NamingSettings.Physical.AS_WRITTEN) {
			return identifier;
		}
		// The same names come back in entity after entity (id, version, created_at): each
		// is worked out once.
		return this.snakeCased.computeIfAbsent(identifier.text(),
				(text) -> new Identifier(snakeCase(text).toLowerCase(Locale.ROOT), false));
	}

	private static String snakeCase(String name) {
		StringBuilder builder = new StringBuilder(name.replace('.', '_'));
		for (int i = 1; i < builder.length() - 1; i++) {
			if (isWordBoundary(builder.charAt(i - 1), builder.charAt(i), builder.charAt(i + 1))) {
				builder.insert(i++, '_');
			}
		}
		return builder.toString();
	}

	private static boolean isWordBoundary(char before, char current, char after) {
		return (Character.isLowerCase(before) || Character.isDigit(before)) && Character.isUpperCase(current)
				&& (Character.isLowerCase(after) || Character.isDigit(after));
	}

}
