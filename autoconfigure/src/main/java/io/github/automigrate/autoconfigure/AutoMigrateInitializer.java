package io.github.automigrate.autoconfigure;

import org.springframework.beans.factory.InitializingBean;

/**
 * Runs the start-up migration while the context is refreshing, so that the beans that
 * Spring Boot orders after database initializers (the JPA {@code EntityManagerFactory},
 * SQL script initialization, JDBC templates, {@code @DependsOnDatabaseInitialization}
 * beans) see the migrated schema. The auto-configuration declares it lazy: when nothing
 * depends on it, the {@link AutoMigrateRunner} migrates after the refresh instead.
 */
public class AutoMigrateInitializer implements InitializingBean {

	private final AutoMigrateRunner runner;

	/**
	 * Creates an initializer that runs the start-up migration of the given runner.
	 * @param runner the runner
	 */
	public AutoMigrateInitializer(AutoMigrateRunner runner) {
		this.runner = runner;
	}

	@Override
	public void afterPropertiesSet() throws Exception {
		this.runner.migrateOnStartup();
	}

}
