package io.github.automigrate.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * A lock that lets one application instance at a time change a database's schema.
 * Instances starting together queue on it; the one that waited reads the schema again and
 * usually finds nothing left to do.
 */
public interface SchemaLock {

	/**
	 * Takes the lock on the run's connection, waiting at most {@code timeout}.
	 * @param connection the run's connection
	 * @param name what the lock protects (the database), unique per database
	 * @param timeout the longest wait
	 * @return the held lock, to release
	 * @throws SQLException if the database fails
	 * @throws LockTimeoutException if the lock was not free within the timeout
	 */
	Held acquire(Connection connection, String name, Duration timeout) throws SQLException;

	/**
	 * Whether the run holds this lock from its first catalog read on, not only while it
	 * changes the schema. True for a lock within the JVM, which costs nothing to take: an
	 * embedded database may fail to read its catalog while another session changes it (H2
	 * throws from its information schema), and its instances share the JVM. True on a
	 * Galera node too, which aborts a read of a table that another node's DDL changes (a
	 * deadlock error).
	 * @param connection the run's connection
	 * @return true to hold it for the whole run
	 * @throws SQLException if the database cannot say
	 */
	default boolean guardsReads(Connection connection) throws SQLException {
		return false;
	}

	/**
	 * Whether the lock is a write transaction of the database's own, which the run works
	 * in from its first read on: the plan applies within it (as a savepoint, never
	 * committing it) and releasing the lock commits it.
	 * @return true for a lock that is a transaction
	 */
	default boolean isTransaction() {
		return false;
	}

	/**
	 * The table this lock keeps its rows in, if it keeps any: AutoMigrate's own, which it
	 * neither compares with the entities nor reports as drift.
	 * @return the table's name (unqualified, in the connection's schema)
	 */
	default Optional<String> table() {
		return Optional.empty();
	}

	/**
	 * The name of a database's lock: one lock per database (and schema), so that
	 * instances working on different databases never wait for each other.
	 * @param connection a connection to the database
	 * @return the lock's name
	 * @throws SQLException if the connection cannot say where it is
	 */
	static String nameOf(Connection connection) throws SQLException {
		String catalog = connection.getCatalog();
		String schema = connection.getSchema();
		String database = (catalog != null && !catalog.isEmpty()) ? catalog : connection.getMetaData().getURL();
		return "automigrate:" + database + ((schema != null) ? ":" + schema : "");
	}

	/** A lock this instance holds. */
	interface Held {

		/**
		 * Releases the lock.
		 * @throws SQLException if the database fails
		 */
		void release() throws SQLException;

	}

	/** Thrown when another instance held the lock for longer than the timeout. */
	class LockTimeoutException extends RuntimeException {

		public LockTimeoutException(String name, Duration timeout) {
			this(name, timeout, "");
		}

		public LockTimeoutException(String name, Duration timeout, String detail) {
			super(("AutoMigrate waited " + timeout.toSeconds() + " s for the schema lock of " + name
					+ ", which another instance holds. " + detail)
				.trim());
		}

	}

}
