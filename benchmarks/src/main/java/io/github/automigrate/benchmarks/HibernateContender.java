package io.github.automigrate.benchmarks;

import java.sql.Connection;

import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/**
 * Hibernate's {@code hbm2ddl.auto=update}: what it adds to start-up is the {@link SessionFactory} build with
 * {@code update} minus the same build with {@code none}, same model, same database state and connection. The two
 * builds alternate their order from run to run.
 */
public final class HibernateContender implements Contender {

	private final String dialect;

	/**
	 * Creates the contender.
	 * @param dialect the Hibernate dialect class, or {@code null} to let Hibernate choose from the connection
	 */
	public HibernateContender(String dialect) {
		this.dialect = dialect;
	}

	@Override
	public String name() {
		return "Hibernate update";
	}

	@Override
	public Measurement run(Scenario scenario, EntityModel model, BenchDatabase.Scratch database, int run, Meter meter)
			throws Exception {
		try (Connection connection = database.connect()) {
			CountingDataSource dataSource = new CountingDataSource(connection);
			if (scenario != Scenario.COLD) {
				build(dataSource, model, "update");
				if (scenario == Scenario.DRIFT) {
					Contender.drift(connection, model);
				}
			}
			Measurement update;
			Measurement none;
			if (run % 2 == 0) {
				none = meter.measure(dataSource, model, () -> build(dataSource, model, "none"));
				update = meter.measure(dataSource, model, () -> build(dataSource, model, "update"));
			}
			else {
				update = meter.measure(dataSource, model, () -> build(dataSource, model, "update"));
				none = meter.measure(dataSource, model, () -> build(dataSource, model, "none"));
			}
			return update.minus(none);
		}
	}

	private void build(CountingDataSource dataSource, EntityModel model, String action) {
		ClassLoader previous = Thread.currentThread().getContextClassLoader();
		Thread.currentThread().setContextClassLoader(model.classLoader());
		try {
			Configuration configuration = new Configuration();
			model.classes().forEach(configuration::addAnnotatedClass);
			configuration.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource);
			configuration.setProperty(AvailableSettings.HBM2DDL_AUTO, action);
			configuration.setProperty(AvailableSettings.HBM2DDL_HALT_ON_ERROR, "true");
			configuration.setProperty(AvailableSettings.PHYSICAL_NAMING_STRATEGY,
					"org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl");
			if (this.dialect != null) {
				configuration.setProperty(AvailableSettings.DIALECT, this.dialect);
			}
			try (SessionFactory factory = configuration.buildSessionFactory()) {
				factory.isOpen();
			}
		}
		finally {
			Thread.currentThread().setContextClassLoader(previous);
		}
	}

}
