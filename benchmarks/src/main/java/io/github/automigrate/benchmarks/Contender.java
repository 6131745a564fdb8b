package io.github.automigrate.benchmarks;

import java.sql.Connection;
import java.sql.Statement;

/**
 * One way of bringing the schema in line with the entities at start-up, measured in one
 * scenario run.
 */
public interface Contender {

	/** The name shown in the table. */
	String name();

	/**
	 * Whether this contender maps a kind of model.
	 * @param model the model
	 * @return {@code true} if it does; by default, JPA entities only
	 */
	default boolean runsOn(EntityModel model) {
		return model.kind() == EntityModel.Kind.JPA;
	}

	/**
	 * Whether this contender is measured in a scenario.
	 * @param scenario the scenario
	 * @return {@code true} if it is
	 */
	default boolean runsIn(Scenario scenario) {
		return true;
	}

	/**
	 * Brings a fresh database into the scenario's state, without measuring, and measures
	 * one run on it.
	 * @param scenario the scenario
	 * @param model the entities
	 * @param database a fresh, empty database
	 * @param run the index of the run (0 for the first warm-up), for contenders that
	 * alternate an order
	 * @param meter the meter
	 * @return what the run cost
	 * @throws Exception if the run fails
	 */
	Measurement run(Scenario scenario, EntityModel model, BenchDatabase.Scratch database, int run, Meter meter)
			throws Exception;

	/**
	 * Drops the drift column from one table in ten of a complete schema.
	 * @param connection a connection to the database
	 * @param model the entities
	 * @throws Exception if a column cannot be dropped
	 */
	static void drift(Connection connection, EntityModel model) throws Exception {
		try (Statement statement = connection.createStatement()) {
			for (String table : model.driftedTables()) {
				statement.execute("alter table " + table + " drop column " + EntityModel.DRIFT_COLUMN);
			}
		}
	}

}
