package io.github.automigrate.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The schema locks of the supported databases.
 */
final class Locks {

	private static final long POLL_MILLIS = 100;

	private static final Map<String, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

	private Locks() {
	}

	/**
	 * PostgreSQL's session-level advisory lock, keyed by a number derived from the lock name; polled so that the wait
	 * is bounded without changing the session's {@code lock_timeout}.
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
	 * MySQL's and MariaDB's lock: the named lock of one server, or on a node of a Galera cluster (where a named lock
	 * holds on that node only) a lease row the cluster certifies.
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
			public Optional<String> table() {
				return Optional.of(GaleraLease.TABLE);
			}

		};
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
	 * A lock within this JVM, for embedded databases: their instances share a process (an in-memory H2 database
	 * exists in one JVM only; an SQLite file is normally opened by one application).
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
			public boolean guardsReads() {
				return true;
			}

		};
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
