package io.github.automigrate.mapping.jpa;

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
 */
public record MappingOptions(NamingSettings naming, boolean beanValidationDdl,
		AuditSettings audit) implements java.io.Serializable {

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
		return new MappingOptions(NamingSettings.from(properties), ddl, AuditSettings.from(properties));
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
