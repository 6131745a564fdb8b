package io.github.automigrate.testsupport;

import java.util.List;

import javax.sql.DataSource;

import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/**
 * Hibernate, the judge of fidelity: validates a schema (or creates one) for some entity classes, with Spring Boot's
 * default naming.
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
		run(database, dataSource, entities, "validate");
	}

	/**
	 * Runs Hibernate's {@code ddl-auto=create}.
	 * @param database the database kind
	 * @param dataSource the database
	 * @param entities the entity classes
	 */
	public static void create(TestDatabase database, DataSource dataSource, List<Class<?>> entities) {
		run(database, dataSource, entities, "create");
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static void addConverter(Configuration configuration, Class<?> type) {
		configuration.addAttributeConverter((Class) type);
	}

	private static void run(TestDatabase database, DataSource dataSource, List<Class<?>> entities, String action) {
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
		configuration.setProperty(AvailableSettings.PHYSICAL_NAMING_STRATEGY,
				"org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl");
		configuration.setProperty(AvailableSettings.IMPLICIT_NAMING_STRATEGY, SpringImplicitNaming.class.getName());
		if (database.hibernateDialect() != null) {
			configuration.setProperty(AvailableSettings.DIALECT, database.hibernateDialect());
		}
		try (SessionFactory factory = configuration.buildSessionFactory()) {
			factory.isOpen();
		}
	}

}
