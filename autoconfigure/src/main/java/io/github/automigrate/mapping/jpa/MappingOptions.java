package io.github.automigrate.mapping.jpa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.util.ClassUtils;

import io.github.automigrate.mapping.MappingException;

/**
 * What the application's JPA configuration adds to the annotations: its naming settings,
 * whether Hibernate applies Bean Validation constraints to the DDL, and Hibernate Envers'
 * settings.
 *
 * @param naming the naming settings
 * @param beanValidationDdl whether {@code @NotNull}, {@code @NotEmpty}, {@code @NotBlank}
 * make columns NOT NULL and {@code @Size(max)} sets a string column's length, as
 * Hibernate does when a Bean Validation provider is present
 * @param audit Hibernate Envers' settings, for the audit tables of {@code @Audited}
 * entities
 * @param validationDdlGroups the names of the Bean Validation groups whose constraints
 * Hibernate applies to the DDL: {@code jakarta.validation.groups.Default} unless
 * {@code org.hibernate.validator.group.ddl} names others
 */
public record MappingOptions(NamingSettings naming, boolean beanValidationDdl, AuditSettings audit,
		List<String> validationDdlGroups) implements java.io.Serializable {

	/** The group of constraints declared without groups. */
	static final String DEFAULT_GROUP = "jakarta.validation.groups.Default";

	/**
	 * Options with Hibernate's default Bean Validation group for DDL.
	 * @param naming the naming settings
	 * @param beanValidationDdl whether Bean Validation constraints shape the DDL
	 * @param audit the settings of Hibernate Envers
	 */
	public MappingOptions(NamingSettings naming, boolean beanValidationDdl, AuditSettings audit) {
		this(naming, beanValidationDdl, audit, List.of(DEFAULT_GROUP));
	}

	/**
	 * Options with Envers' default settings.
	 * @param naming the naming settings
	 * @param beanValidationDdl whether Bean Validation constraints shape the DDL
	 */
	public MappingOptions(NamingSettings naming, boolean beanValidationDdl) {
		this(naming, beanValidationDdl, AuditSettings.defaults());
	}

	/** The property that sets the JPA validation mode. */
	public static final String VALIDATION_MODE = "spring.jpa.properties.jakarta.persistence.validation.mode";

	/** Hibernate's property that turns Bean Validation's DDL effects off. */
	public static final String APPLY_TO_DDL = "spring.jpa.properties.hibernate.validator.apply_to_ddl";

	/**
	 * Hibernate's property that names the Bean Validation groups (class names, separated
	 * by commas) whose constraints it applies to the DDL.
	 */
	public static final String DDL_GROUPS = "spring.jpa.properties.org.hibernate.validator.group.ddl";

	/**
	 * The defaults: Spring Boot's naming, and Bean Validation applied when a provider is
	 * on the classpath.
	 * @return the default options
	 */
	public static MappingOptions defaults() {
		return new MappingOptions(NamingSettings.defaults(), hasValidationProvider());
	}

	/**
	 * Reads the options as Spring Boot's JPA support hands them to Hibernate.
	 * @param properties the value of a property, or {@code null} when it is not set
	 * @return the options
	 * @throws MappingException if a naming setting cannot be followed
	 */
	public static MappingOptions from(Function<String, @Nullable String> properties) {
		String mode = properties.apply(VALIDATION_MODE);
		String applyToDdl = properties.apply(APPLY_TO_DDL);
		// Modes "none" and "callback" leave the DDL alone; "auto" and "ddl" apply
		// constraints when a provider exists.
		String normalized = (mode != null) ? mode.trim().toLowerCase(Locale.ROOT) : "";
		boolean modeAllows = !normalized.equals("none") && !normalized.equals("callback");
		boolean ddl = modeAllows && !"false".equalsIgnoreCase((applyToDdl != null) ? applyToDdl.trim() : null)
				&& hasValidationProvider();
		return new MappingOptions(NamingSettings.from(properties), ddl, AuditSettings.from(properties),
				ddlGroups(properties.apply(DDL_GROUPS)));
	}

	/**
	 * The groups as Hibernate reads its setting: unset, the default group; set, the names
	 * it lists (none when it is empty).
	 */
	private static List<String> ddlGroups(@Nullable String setting) {
		if (setting == null) {
			return List.of(DEFAULT_GROUP);
		}
		List<String> groups = new ArrayList<>();
		for (String name : setting.split(",")) {
			if (!name.isBlank()) {
				groups.add(name.trim());
			}
		}
		return List.copyOf(groups);
	}

	private static boolean hasValidationProvider() {
		ClassLoader loader = ClassUtils.getDefaultClassLoader();
		String spi = "jakarta.validation.spi.ValidationProvider";
		if (!ClassUtils.isPresent(spi, loader)) {
			return false;
		}
		try {
			return ServiceLoader.load(ClassUtils.forName(spi, loader), loader).findFirst().isPresent();
		}
		catch (ClassNotFoundException | LinkageError | java.util.ServiceConfigurationError ex) {
			return false;
		}
	}

}
