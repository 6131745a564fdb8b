package io.github.automigrate.testsupport;

import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

import io.github.automigrate.mapping.jpa.NamingSettings;

/**
 * Hibernate, the judge of fidelity: validates a schema (or creates one) for some entity
 * classes, with Spring Boot's default naming or given naming settings.
 */
public final class HibernateSchemaTool {

	private HibernateSchemaTool() {
	}

	/**
	 * Runs Hibernate's {@code ddl-auto=validate}; throws if Hibernate rejects the schema.
	 * @param database the database kind
	 * @param dataSource the database
	 * @param entities the entity classes
	 */
	public static void validate(TestDatabase database, DataSource dataSource, List<Class<?>> entities) {
		validate(database, dataSource, entities, NamingSettings.defaults());
	}

	/**
	 * Runs Hibernate's {@code ddl-auto=validate} with some naming settings; throws if
	 * Hibernate rejects the schema.
	 * @param database the database kind
	 * @param dataSource the database
	 * @param entities the entity classes
	 * @param naming the naming settings, as the application would give them to Spring
	 * Boot
	 */
	public static void validate(TestDatabase database, DataSource dataSource, List<Class<?>> entities,
			NamingSettings naming) {
		run(database, dataSource, entities, "validate", naming);
	}

	/**
	 * Runs Hibernate's {@code ddl-auto=create} with some naming settings.
	 * @param database the database kind
	 * @param dataSource the database
	 * @param entities the entity classes
	 * @param naming the naming settings, as the application would give them to Spring
	 * Boot
	 */
	public static void create(TestDatabase database, DataSource dataSource, List<Class<?>> entities,
			NamingSettings naming) {
		run(database, dataSource, entities, "create", naming);
	}

	/**
	 * Runs Hibernate's {@code ddl-auto=create}.
	 * @param database the database kind
	 * @param dataSource the database
	 * @param entities the entity classes
	 */
	public static void create(TestDatabase database, DataSource dataSource, List<Class<?>> entities) {
		create(database, dataSource, entities, NamingSettings.defaults());
	}

	/**
	 * Runs some work in a Hibernate session and transaction on a schema that is already
	 * there ({@code ddl-auto=none}), committed at the end: the proof that Hibernate's own
	 * inserts and queries work on it.
	 * @param database the database kind
	 * @param dataSource the database
	 * @param entities the entity classes
	 * @param work what to do in the session
	 */
	public static void inSession(TestDatabase database, DataSource dataSource, List<Class<?>> entities,
			Consumer<Session> work) {
		try (SessionFactory factory = configuration(database, dataSource, entities, "none", NamingSettings.defaults(),
				java.util.Map.of())
			.buildSessionFactory()) {
			factory.inTransaction(work);
		}
	}

	/**
	 * Runs Hibernate's {@code ddl-auto=update}, which logs the statements that fail and
	 * goes on.
	 * @param database the database kind
	 * @param dataSource the database
	 * @param entities the entity classes
	 */
	public static void update(TestDatabase database, DataSource dataSource, List<Class<?>> entities) {
		run(database, dataSource, entities, "update", NamingSettings.defaults());
	}

	/**
	 * The statements Hibernate's {@code ddl-auto=create} executes on an empty database,
	 * in its order, without executing them: to run them one by one and name those the
	 * database rejects.
	 * @param database the database kind
	 * @param dataSource the database, for the dialect
	 * @param entities the entity classes
	 * @return the statements
	 */
	public static List<String> createScript(TestDatabase database, DataSource dataSource, List<Class<?>> entities) {
		try {
			java.nio.file.Path script = java.nio.file.Files.createTempFile("hibernate-create", ".sql");
			try {
				run(database, dataSource, entities, "none", NamingSettings.defaults(),
						java.util.Map.of(AvailableSettings.JAKARTA_HBM2DDL_SCRIPTS_ACTION, "create",
								AvailableSettings.JAKARTA_HBM2DDL_SCRIPTS_CREATE_TARGET, script.toString(),
								AvailableSettings.HBM2DDL_DELIMITER, ";"));
				return java.nio.file.Files.readAllLines(script)
					.stream()
					.map(String::strip)
					.filter((line) -> !line.isEmpty())
					.map((line) -> line.endsWith(";") ? line.substring(0, line.length() - 1) : line)
					.toList();
			}
			finally {
				java.nio.file.Files.deleteIfExists(script);
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static void addConverter(Configuration configuration, Class<?> type) {
		configuration.addAttributeConverter((Class) type);
	}

	private static void run(TestDatabase database, DataSource dataSource, List<Class<?>> entities, String action,
			NamingSettings naming) {
		run(database, dataSource, entities, action, naming, java.util.Map.of());
	}

	private static void run(TestDatabase database, DataSource dataSource, List<Class<?>> entities, String action,
			NamingSettings naming, java.util.Map<String, String> settings) {
		try (SessionFactory factory = configuration(database, dataSource, entities, action, naming, settings)
			.buildSessionFactory()) {
			factory.isOpen();
		}
	}

	private static Configuration configuration(TestDatabase database, DataSource dataSource, List<Class<?>> entities,
			String action, NamingSettings naming, java.util.Map<String, String> settings) {
		Configuration configuration = new Configuration();
		for (Class<?> type : entities) {
			if (type.isAnnotationPresent(jakarta.persistence.Converter.class)) {
				addConverter(configuration, type);
			}
			else {
				configuration.addAnnotatedClass(type);
			}
		}
		configuration.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource);
		configuration.setProperty(AvailableSettings.HBM2DDL_AUTO, action);
		configuration.setProperty(AvailableSettings.PHYSICAL_NAMING_STRATEGY, switch (naming.physical()) {
			case SNAKE_CASE -> "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl";
			case AS_WRITTEN -> "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl";
			case CUSTOM -> naming.customPhysicalStrategy();
		});
		configuration.setProperty(AvailableSettings.IMPLICIT_NAMING_STRATEGY,
				naming.jpaJoinTables() ? "org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl"
						: SpringImplicitNaming.class.getName());
		configuration.setProperty(AvailableSettings.GLOBALLY_QUOTED_IDENTIFIERS,
				String.valueOf(naming.globallyQuoted()));
		settings.forEach(configuration::setProperty);
		if (database.hibernateDialect() != null) {
			configuration.setProperty(AvailableSettings.DIALECT, database.hibernateDialect());
		}
		return configuration;
	}

}
