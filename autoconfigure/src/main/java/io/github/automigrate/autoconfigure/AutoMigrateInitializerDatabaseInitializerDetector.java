package io.github.automigrate.autoconfigure;

import java.util.Set;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.boot.sql.init.dependency.DatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link AutoMigrateInitializer} initializes the database, so that
 * it orders the beans that depend on database initialization after it.
 */
public class AutoMigrateInitializerDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

	/**
	 * After Flyway and Liquibase (order 1), whose schema AutoMigrate tops up, and before
	 * SQL scripts ({@code data.sql}), which fill AutoMigrate's tables.
	 */
	static final int ORDER = 10;

	@Override
	protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
		return Set.of(AutoMigrateInitializer.class);
	}

	/**
	 * The order among the {@link DatabaseInitializerDetector detectors}.
	 * @return the order
	 */
	@Override
	public int getOrder() {
		return ORDER;
	}

}
