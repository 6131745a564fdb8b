package io.github.automigrate.benchmarks;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.function.Function;

/**
 * The floor for a cold start and for drift: the statements AutoMigrate executed in its
 * last run of the scenario, executed again over plain JDBC, one
 * {@link Statement#execute(String)} each, with nothing read or planned: on an empty
 * database (cold), or on one brought to the drift's state as AutoMigrate's runs start,
 * unmeasured (drift).
 */
public final class DirectJdbcContender implements Contender {

	private final Function<Scenario, List<String>> sql;

	/**
	 * Creates the contender.
	 * @param sql the statements to execute in a scenario, read when a run starts
	 */
	public DirectJdbcContender(Function<Scenario, List<String>> sql) {
		this.sql = sql;
	}

	@Override
	public String name() {
		return "direct JDBC";
	}

	@Override
	public boolean runsOn(EntityModel model) {
		return true;
	}

	@Override
	public boolean runsIn(Scenario scenario) {
		return scenario != Scenario.STEADY;
	}

	@Override
	public Measurement run(Scenario scenario, EntityModel model, BenchDatabase.Scratch database, int run, Meter meter)
			throws Exception {
		List<String> statements = this.sql.apply(scenario);
		if (statements.isEmpty()) {
			throw new IllegalStateException("No AutoMigrate " + scenario.label() + " run to replay yet");
		}
		try (Connection connection = database.connect()) {
			CountingDataSource dataSource = new CountingDataSource(connection);
			if (scenario == Scenario.DRIFT) {
				AutoMigrateContender.completeSchema(dataSource, model);
				Contender.drift(connection, model);
			}
			return meter.measure(dataSource, model, () -> {
				try (Connection counted = dataSource.getConnection(); Statement statement = counted.createStatement()) {
					for (String sql : statements) {
						statement.execute(sql);
					}
				}
			});
		}
	}

}
