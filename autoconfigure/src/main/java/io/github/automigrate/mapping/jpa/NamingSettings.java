package io.github.automigrate.mapping.jpa;

import java.util.Locale;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import io.github.automigrate.mapping.MappingException;

/**
 * The naming settings of the application's JPA configuration, which decide the names
 * Hibernate gives tables and columns: the physical strategy, the implicit strategy's join
 * table rule, and global quoting.
 *
 * @param physical how logical names become physical ones
 * @param customPhysicalStrategy the class name of a custom physical naming strategy, when
 * {@code physical} is {@link Physical#CUSTOM}
 * @param jpaJoinTables whether a default join table is named
 * {@code <owner table>_<target table>} (JPA's rule) rather than
 * {@code <owner table>_<attribute>} (Spring Boot's)
 * @param globallyQuoted whether every name is quoted
 * ({@code hibernate.globally_quoted_identifiers})
 */
public record NamingSettings(Physical physical, @Nullable String customPhysicalStrategy, boolean jpaJoinTables,
		boolean globallyQuoted) implements java.io.Serializable {

	/** The property naming the physical strategy. */
	public static final String PHYSICAL_STRATEGY = "spring.jpa.hibernate.naming.physical-strategy";

	/** The property naming the implicit strategy. */
	public static final String IMPLICIT_STRATEGY = "spring.jpa.hibernate.naming.implicit-strategy";

	/** The property that quotes every identifier. */
	public static final String GLOBALLY_QUOTED = "spring.jpa.properties.hibernate.globally_quoted_identifiers";

	private static final String HIBERNATE_NAMING = "org.hibernate.boot.model.naming.";

	/** How logical names become physical ones. */
	public enum Physical {

		/**
		 * camelCase to snake_case, lower case, quoted names kept: Spring Boot's default.
		 */
		SNAKE_CASE,

		/** Names as written ({@code PhysicalNamingStrategyStandardImpl}). */
		AS_WRITTEN,

		/** An application's own strategy class, applied through Hibernate. */
		CUSTOM

	}

	/**
	 * Spring Boot's defaults: snake case, join tables named after the attribute, no
	 * global quoting.
	 * @return the default settings
	 */
	public static NamingSettings defaults() {
		return new NamingSettings(Physical.SNAKE_CASE, null, false, false);
	}

	/**
	 * Reads the settings as Spring Boot's JPA support reads them.
	 * @param properties the value of a property, or {@code null} when it is not set
	 * @return the settings
	 * @throws MappingException if the implicit strategy is not one AutoMigrate knows
	 */
	public static NamingSettings from(Function<String, @Nullable String> properties) {
		String physicalName = trimmed(properties.apply(PHYSICAL_STRATEGY));
		String implicitName = trimmed(properties.apply(IMPLICIT_STRATEGY));
		boolean quoted = "true".equalsIgnoreCase(trimmed(properties.apply(GLOBALLY_QUOTED)));
		Physical physical = physical(physicalName);
		return new NamingSettings(physical, (physical == Physical.CUSTOM) ? physicalName : null,
				jpaJoinTables(implicitName), quoted);
	}

	private static Physical physical(@Nullable String name) {
		if (name == null || name.equals(HIBERNATE_NAMING + "PhysicalNamingStrategySnakeCaseImpl")
				|| name.equals(HIBERNATE_NAMING + "CamelCaseToUnderscoresNamingStrategy")
				|| name.endsWith(".SpringPhysicalNamingStrategy")) {
			return Physical.SNAKE_CASE;
		}
		if (name.equals(HIBERNATE_NAMING + "PhysicalNamingStrategyStandardImpl")) {
			return Physical.AS_WRITTEN;
		}
		return Physical.CUSTOM;
	}

	private static boolean jpaJoinTables(@Nullable String name) {
		if (name == null || name.endsWith(".SpringImplicitNamingStrategy")) {
			return false;
		}
		// Hibernate's short names: "default" and "jpa" are its JPA-compliant strategy.
		String lower = name.toLowerCase(Locale.ROOT);
		if (name.equals(HIBERNATE_NAMING + "ImplicitNamingStrategyJpaCompliantImpl") || lower.equals("default")
				|| lower.equals("jpa")) {
			return true;
		}
		throw new MappingException(IMPLICIT_STRATEGY,
				"names " + name + ", an implicit naming strategy AutoMigrate cannot " + "follow.",
				"Use Spring Boot's default or org.hibernate.boot.model.naming."
						+ "ImplicitNamingStrategyJpaCompliantImpl, or name the tables and columns explicitly and turn "
						+ "AutoMigrate off for this application.");
	}

	private static @Nullable String trimmed(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
