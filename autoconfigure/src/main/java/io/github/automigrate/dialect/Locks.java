package io.github.automigrate.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The schema locks of the supported databases, one factory method each, which dialects
 * return from {@link Dialect#schemaLock()}. Longer than most classes because the locks
 * share their waiting (a poll bounded by the timeout) and their in-process registry: each
 * lock is a few lines on top of those helpers.
 */
final class Locks {

	private static final long POLL_MILLIS = 100;

	/** SQLite's result codes for a database another connection has locked. */
	private static final int SQLITE_BUSY = 5;

	private static final int SQLITE_LOCKED = 6;

	private static final Map<String, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

	private Locks() {
	}

	/**
	 * PostgreSQL's session-level advisory lock, keyed by a number derived from the lock
	 * name; polled so that the wait is bounded without changing the session's
	 * {@code lock_timeout}.
	 */
	static SchemaLock postgresAdvisory() {
		return (connection, name, timeout) -> {
			long key = name.hashCode() * 31L + 0x4175746f4d696772L;
			long deadline = System.nanoTime() + timeout.toNanos();
			while (!queryBoolean(connection, "select pg_try_advisory_lock(?)", key)) {
				waitOrGiveUp(deadline, name, timeout);
			}
			return () -> queryBoolean(connection, "select pg_advisory_unlock(?)", key);
		};
	}

	/**
	 * MySQL's and MariaDB's lock: the named lock of one server, or on a node of a Galera
	 * cluster (where a named lock holds on that node only) a lease row the cluster
	 * certifies.
	 */
	static SchemaLock mysql() {
		SchemaLock named = mysqlNamed();
		SchemaLock lease = new GaleraLease();
		return new SchemaLock() {

			@Override
			public Held acquire(Connection connection, String name, Duration timeout) throws SQLException {
				return (GaleraLease.isClusterNode(connection) ? lease : named).acquire(connection, name, timeout);
			}

			@Override
			public boolean guardsReads(Connection connection) throws SQLException {
				return GaleraLease.isClusterNode(connection);
			}

			@Override
			public Optional<String> table() {
				return Optional.of(LeaseLock.TABLE);
			}

		};
	}

	/**
	 * H2's lock: within the JVM, held for the whole run (H2 can fail reading its catalog
	 * while another session changes it); for a database other processes may reach (a
	 * file, which H2 may serve with {@code AUTO_SERVER}; a TCP server), a lease row as
	 * well, which every process's sessions see.
	 */
	static SchemaLock h2() {
		SchemaLock inJvm = inProcess();
		SchemaLock lease = new LeaseLock("timestamp(3)", "", "localtimestamp(3)",
				"dateadd(millisecond, ?, localtimestamp(3))");
		return new SchemaLock() {

			@Override
			public Held acquire(Connection connection, String name, Duration timeout) throws SQLException {
				Held threads = inJvm.acquire(connection, name, timeout);
				if (IN_PROCESS.get(name).getHoldCount() > 1 || !servedToProcesses(connection)) {
					return threads;
				}
				try {
					Held held = lease.acquire(connection, name, timeout);
					return () -> {
						try {
							held.release();
						}
						finally {
							threads.release();
						}
					};
				}
				catch (SQLException | RuntimeException ex) {
					threads.release();
					throw ex;
				}
			}

			@Override
			public boolean guardsReads(Connection connection) {
				return true;
			}

			@Override
			public Optional<String> table() {
				return Optional.of(LeaseLock.TABLE);
			}

		};
	}

	/**
	 * Whether other processes may reach the database: any but an in-memory one of this
	 * JVM. H2 does not say whether a file is served ({@code AUTO_SERVER}): the URL it
	 * reports has lost its settings.
	 */
	private static boolean servedToProcesses(Connection connection) throws SQLException {
		return !connection.getMetaData().getURL().toLowerCase(Locale.ROOT).startsWith("jdbc:h2:mem:");
	}

	/** MySQL's and MariaDB's named lock ({@code GET_LOCK}), which waits on the server. */
	private static SchemaLock mysqlNamed() {
		return (connection, name, timeout) -> {
			String lockName = (name.length() > 64) ? name.substring(0, 64) : name;
			try (PreparedStatement statement = connection.prepareStatement("select get_lock(?, ?)")) {
				statement.setString(1, lockName);
				statement.setLong(2, Math.max(1, timeout.toSeconds()));
				try (ResultSet result = statement.executeQuery()) {
					if (!result.next() || result.getInt(1) != 1) {
						throw new SchemaLock.LockTimeoutException(name, timeout);
					}
				}
			}
			return () -> {
				try (PreparedStatement statement = connection.prepareStatement("select release_lock(?)")) {
					statement.setString(1, lockName);
					statement.executeQuery().close();
				}
			};
		};
	}

	/**
	 * A lock within this JVM, for embedded databases: their instances share a process (an
	 * in-memory H2 database exists in one JVM only; an SQLite file is normally opened by
	 * one application).
	 */
	static SchemaLock inProcess() {
		return new SchemaLock() {

			@Override
			public Held acquire(Connection connection, String name, Duration timeout) {
				// Reentrant: a run that holds it for its reads takes it again to apply.
				ReentrantLock lock = IN_PROCESS.computeIfAbsent(name, (key) -> new ReentrantLock());
				try {
					if (!lock.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
						throw new SchemaLock.LockTimeoutException(name, timeout);
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new SchemaLock.LockTimeoutException(name, timeout);
				}
				return lock::unlock;
			}

			@Override
			public boolean guardsReads(Connection connection) {
				return true;
			}

		};
	}

	/**
	 * A lock within this JVM, for an embedded database whose catalog name does not tell
	 * one database from another (every HSQLDB database's catalog is {@code PUBLIC}):
	 * keyed by the database's own name as well, which a query on the run's connection
	 * gives, so that instances working on different databases never wait for each other.
	 * @param databaseNameQuery a query whose single value names the database uniquely
	 */
	static SchemaLock inProcessPerDatabase(String databaseNameQuery) {
		SchemaLock inProcess = inProcess();
		return new SchemaLock() {

			@Override
			public Held acquire(Connection connection, String name, Duration timeout) throws SQLException {
				try (PreparedStatement statement = connection.prepareStatement(databaseNameQuery);
						ResultSet result = statement.executeQuery()) {
					String database = result.next() ? result.getString(1) : null;
					return inProcess.acquire(connection, (database != null) ? name + ":" + database : name, timeout);
				}
			}

			@Override
			public boolean guardsReads(Connection connection) {
				return true;
			}

		};
	}

	/**
	 * SQLite's own write lock, which holds between processes on one file: a
	 * {@code BEGIN IMMEDIATE} transaction from the run's first read to its end, so that a
	 * second process waits before it reads the catalog. DDL in SQLite is transactional,
	 * so the plan applies within that transaction, and the release commits it. Threads of
	 * one JVM queue on the in-JVM lock first, so that they wait without polling the file.
	 */
	static SchemaLock sqliteWriteTransaction() {
		SchemaLock inJvm = inProcess();
		return new SchemaLock() {

			@Override
			public Held acquire(Connection connection, String name, Duration timeout) throws SQLException {
				long deadline = System.nanoTime() + timeout.toNanos();
				Held threads = inJvm.acquire(connection, name, timeout);
				if (IN_PROCESS.get(name).getHoldCount() > 1) {
					// Taken again by the run that holds it: the transaction is already
					// open.
					return threads;
				}
				try {
					boolean autoCommit = connection.getAutoCommit();
					// The connection's own transaction (a driver begins one when
					// auto-commit is off) is empty here.
					connection.setAutoCommit(true);
					beginImmediate(connection, name, timeout, deadline);
					return () -> {
						try {
							commit(connection);
						}
						finally {
							if (!autoCommit) {
								connection.setAutoCommit(false);
							}
							threads.release();
						}
					};
				}
				catch (SQLException | RuntimeException ex) {
					threads.release();
					throw ex;
				}
			}

			@Override
			public boolean guardsReads(Connection connection) {
				return true;
			}

			@Override
			public boolean isTransaction() {
				return true;
			}

		};
	}

	/**
	 * Opens the write transaction, waiting while another process holds the file's write
	 * lock.
	 */
	private static void beginImmediate(Connection connection, String name, Duration timeout, long deadline)
			throws SQLException {
		while (true) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("begin immediate");
				return;
			}
			catch (SQLException ex) {
				if (ex.getErrorCode() != SQLITE_BUSY && ex.getErrorCode() != SQLITE_LOCKED) {
					throw ex;
				}
				waitOrGiveUp(deadline, name, timeout);
			}
		}
	}

	private static void commit(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("commit");
		}
		catch (SQLException ex) {
			// SQLite ends a transaction by itself on some errors (a full disk, out of
			// memory): nothing left to commit.
			if (!String.valueOf(ex.getMessage()).contains("no transaction is active")) {
				throw ex;
			}
		}
	}

	private static boolean queryBoolean(Connection connection, String sql, long key) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setLong(1, key);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
		}
	}

	private static void waitOrGiveUp(long deadline, String name, Duration timeout) {
		if (System.nanoTime() > deadline) {
			throw new SchemaLock.LockTimeoutException(name, timeout);
		}
		try {
			Thread.sleep(POLL_MILLIS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SchemaLock.LockTimeoutException(name, timeout);
		}
	}

}
