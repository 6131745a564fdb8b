package io.github.automigrate.benchmarks;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.function.Supplier;

/**
 * The floor for a cold start: the statements AutoMigrate executed in its last cold run,
 * executed again over plain JDBC on an empty database, one
 * {@link Statement#execute(String)} each, with nothing read or planned.
 */
public final class DirectJdbcContender implements Contender {

	private final Supplier<List<String>> sql;

	/**
	 * Creates the contender.
	 * @param sql the statements to execute, read when a run starts
	 */
	public DirectJdbcContender(Supplier<List<String>> sql) {
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
		return scenario == Scenario.COLD;
	}

	@Override
	public Measurement run(Scenario scenario, EntityModel model, BenchDatabase.Scratch database, int run, Meter meter)
			throws Exception {
		List<String> statements = this.sql.get();
		if (statements.isEmpty()) {
			throw new IllegalStateException("No AutoMigrate cold run to replay yet");
		}
		try (Connection connection = database.connect()) {
			CountingDataSource dataSource = new CountingDataSource(connection);
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
