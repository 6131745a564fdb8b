package io.github.automigrate.benchmarks;

import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/**
 * Hibernate's {@code hbm2ddl.auto=update}: what it adds to start-up is its schema
 * management step, measured on its own. The model's {@link Metadata} is built first,
 * unmeasured, as a {@code SessionFactory} build does before that step; then the step is
 * run exactly as the build runs it ({@link SchemaManagementToolCoordinator#process} with
 * {@code update}), on the same connection.
 */
public final class HibernateContender implements Contender {

	private static final String NAMING = "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl";

	private final String dialect;

	/**
	 * Creates the contender.
	 * @param dialect the Hibernate dialect class, or {@code null} to let Hibernate choose
	 * from the connection
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
			Map<String, Object> settings = settings(dataSource);
			StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
			try {
				Metadata metadata = metadata(registry, model);
				if (scenario != Scenario.COLD) {
					update(metadata, registry, settings);
					if (scenario == Scenario.DRIFT) {
						Contender.drift(connection, model);
					}
				}
				return meter.measure(dataSource, model, () -> update(metadata, registry, settings));
			}
			finally {
				StandardServiceRegistryBuilder.destroy(registry);
			}
		}
	}

	private Map<String, Object> settings(CountingDataSource dataSource) {
		Map<String, Object> settings = new HashMap<>();
		settings.put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource);
		settings.put(AvailableSettings.HBM2DDL_AUTO, "update");
		settings.put(AvailableSettings.HBM2DDL_HALT_ON_ERROR, "true");
		settings.put(AvailableSettings.PHYSICAL_NAMING_STRATEGY, NAMING);
		if (this.dialect != null) {
			settings.put(AvailableSettings.DIALECT, this.dialect);
		}
		return settings;
	}

	private static Metadata metadata(StandardServiceRegistry registry, EntityModel model) {
		ClassLoader previous = Thread.currentThread().getContextClassLoader();
		Thread.currentThread().setContextClassLoader(model.classLoader());
		try {
			MetadataSources sources = new MetadataSources(registry);
			model.classes().forEach(sources::addAnnotatedClass);
			return sources.buildMetadata();
		}
		finally {
			Thread.currentThread().setContextClassLoader(previous);
		}
	}

	private static void update(Metadata metadata, StandardServiceRegistry registry, Map<String, Object> settings) {
		SchemaManagementToolCoordinator.process(metadata, registry, settings, (action) -> {
		});
	}

}
