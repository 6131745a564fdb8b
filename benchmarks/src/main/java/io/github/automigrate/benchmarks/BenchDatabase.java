package io.github.automigrate.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One database kind the benchmark runs on. Each scenario run gets a fresh database of its
 * own, dropped afterwards.
 */
public interface BenchDatabase {

	/** The name shown in the table. */
	String name();

	/**
	 * Creates a fresh, empty database.
	 * @return the database
	 * @throws SQLException if it cannot be created
	 */
	Scratch create() throws SQLException;

	/** A fresh database. */
	interface Scratch extends AutoCloseable {

		/**
		 * Opens a connection to it.
		 * @return the connection, which the caller closes
		 * @throws SQLException if it cannot be opened
		 */
		Connection connect() throws SQLException;

		/** Drops the database. */
		@Override
		void close() throws SQLException;

	}

}
