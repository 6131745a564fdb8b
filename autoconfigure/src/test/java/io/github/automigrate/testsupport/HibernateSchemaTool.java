package io.github.automigrate.testsupport;

import java.util.List;

import javax.sql.DataSource;

import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

import io.github.automigrate.mapping.NamingSettings;

/**
 * Hibernate, the judge of fidelity: validates a schema (or creates one) for some entity classes, with Spring Boot's
 * default naming or given naming settings.
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
	 * Runs Hibernate's {@code ddl-auto=validate} with some naming settings; throws if Hibernate rejects the schema.
	 * @param database the database kind
	 * @param dataSource the database
	 * @param entities the entity classes
	 * @param naming the naming settings, as the application would give them to Spring Boot
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
	 * @param naming the naming settings, as the application would give them to Spring Boot
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
	 * Validates the schema as {@link #validate} does, then runs some work in a transaction of a session.
	 * @param database the database kind
	 * @param dataSource the database
	 * @param entities the entity classes
	 * @param work what to do with the session
	 */
	public static void inTransaction(TestDatabase database, DataSource dataSource, List<Class<?>> entities,
			java.util.function.Consumer<org.hibernate.Session> work) {
		try (SessionFactory factory = configuration(database, dataSource, entities, "validate", NamingSettings.defaults())
			.buildSessionFactory()) {
			factory.inTransaction(work);
		}
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static void addConverter(Configuration configuration, Class<?> type) {
		configuration.addAttributeConverter((Class) type);
	}

	private static void run(TestDatabase database, DataSource dataSource, List<Class<?>> entities, String action,
			NamingSettings naming) {
		try (SessionFactory factory = configuration(database, dataSource, entities, action, naming).buildSessionFactory()) {
			factory.isOpen();
		}
	}

	private static Configuration configuration(TestDatabase database, DataSource dataSource, List<Class<?>> entities,
			String action, NamingSettings naming) {
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
		configuration.setProperty(AvailableSettings.IMPLICIT_NAMING_STRATEGY, naming.jpaJoinTables()
				? "org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl" : SpringImplicitNaming.class.getName());
		configuration.setProperty(AvailableSettings.GLOBALLY_QUOTED_IDENTIFIERS, String.valueOf(naming.globallyQuoted()));
		if (database.hibernateDialect() != null) {
			configuration.setProperty(AvailableSettings.DIALECT, database.hibernateDialect());
		}
		return configuration;
	}

}
