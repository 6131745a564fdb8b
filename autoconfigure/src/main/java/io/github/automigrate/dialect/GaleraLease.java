package io.github.automigrate.dialect;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

/**
 * The schema lock of a MariaDB Galera cluster: a lease row in a table of AutoMigrate's own, which the cluster
 * replicates and certifies. {@code GET_LOCK} holds on one node only.
 * <p>
 * A taker sets the row's owner with a conditional {@code UPDATE} (free, or its lease expired) in a transaction of its
 * own. Galera certifies writes optimistically: of two nodes that both saw the row free, the first to commit wins and
 * the other's commit fails with a deadlock (or is retried and then finds the row taken). So an update that committed
 * and changed one row holds the lease on the whole cluster. Each node commits in the cluster's total order, so when a
 * node sees the lease released it has applied every change made under it, DDL included (DDL runs in total order
 * isolation); the holder's reads are made causal as well ({@code wsrep_sync_wait}). A holder that dies keeps the lease
 * until it expires.
 */
final class GaleraLease implements SchemaLock {

	/** AutoMigrate's table of lease rows, one per lock name. */
	static final String TABLE = "automigrate_lock";

	/** How long a lease lasts without its holder: the time a crashed holder blocks the others. */
	static final Duration LEASE = Duration.ofMinutes(10);

	private static final long POLL_MILLIS = 200;

	/** MySQL's deadlock error: Galera's verdict on the loser of a certification conflict. */
	private static final int DEADLOCK = 1213;

	@Override
	public Held acquire(Connection connection, String name, Duration timeout) throws SQLException {
		String key = (name.length() > 190) ? name.substring(0, 190) : name;
		String owner = owner(connection);
		prepare(connection, key);
		long deadline = System.nanoTime() + timeout.toNanos();
		long lease = Math.max(LEASE.toMillis(), 2 * timeout.toMillis());
		while (!take(connection, key, owner, lease)) {
			if (System.nanoTime() > deadline) {
				throw new LockTimeoutException(name, timeout, "The lease row in " + TABLE + " is held by "
						+ holder(connection, key) + "; a holder that stopped keeps it until then (delete the row to free it"
						+ " sooner).");
			}
			pause();
		}
		String syncWait = queryString(connection, "select @@session.wsrep_sync_wait");
		execute(connection, "set session wsrep_sync_wait = 15");
		return () -> {
			execute(connection, "set session wsrep_sync_wait = " + Integer.parseInt(syncWait));
			release(connection, key, owner);
		};
	}

	/** Creates the table (DDL, which Galera orders on every node) and the lock's row if absent. */
	private static void prepare(Connection connection, String key) throws SQLException {
		// Asked first: a create, even of a table that exists, would be ordered across the whole cluster.
		boolean exists = !"0".equals(queryString(connection, "select count(*) from information_schema.tables"
				+ " where table_schema = database() and table_name = '" + TABLE + "'"));
		if (!exists) {
			execute(connection, "create table if not exists " + TABLE + " (name varchar(191) not null primary key,"
					+ " owner varchar(255), expires_at datetime(3)) engine=InnoDB");
		}
		retryingConflicts(() -> update(connection, "insert ignore into " + TABLE + " (name) values (?)", key));
	}

	private static boolean take(Connection connection, String key, String owner, long leaseMillis) throws SQLException {
		try {
			return update(connection, "update " + TABLE + " set owner = ?, expires_at = now(3) + interval ? microsecond"
					+ " where name = ? and (owner is null or expires_at < now(3))", owner, leaseMillis * 1000, key) == 1;
		}
		catch (SQLException ex) {
			if (ex.getErrorCode() == DEADLOCK) {
				return false;
			}
			throw ex;
		}
	}

	private static void release(Connection connection, String key, String owner) throws SQLException {
		retryingConflicts(() -> update(connection,
				"update " + TABLE + " set owner = null, expires_at = null where name = ? and owner = ?", key, owner));
	}

	/** Who holds the lease and until when, for the message of an instance that waited in vain. */
	private static String holder(Connection connection, String key) throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement("select owner, expires_at from " + TABLE + " where name = ?")) {
			statement.setString(1, key);
			try (ResultSet row = statement.executeQuery()) {
				return row.next() ? row.getString(1) + " until " + row.getString(2) + " (database time)" : "nobody";
			}
		}
	}

	/** A name for this holder that tells an operator where it runs, and is unique to this acquisition. */
	private static String owner(Connection connection) throws SQLException {
		String node = queryString(connection, "select concat(@@hostname, ' connection ', connection_id())");
		return ManagementFactory.getRuntimeMXBean().getName() + " on " + node + " #"
				+ UUID.randomUUID().toString().substring(0, 8);
	}

	private static void retryingConflicts(SqlAction action) throws SQLException {
		for (int attempt = 1;; attempt++) {
			try {
				action.run();
				return;
			}
			catch (SQLException ex) {
				if (ex.getErrorCode() != DEADLOCK || attempt == 10) {
					throw ex;
				}
				pause();
			}
		}
	}

	private static int update(Connection connection, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			return statement.executeUpdate();
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String queryString(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
			row.next();
			return row.getString(1);
		}
	}

	private static void pause() {
		try {
			Thread.sleep(POLL_MILLIS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the schema lock", ex);
		}
	}

	/** Whether a connection is to a node of a Galera cluster, where a lock must be the cluster's. */
	static boolean isClusterNode(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery("show variables like 'wsrep_on'")) {
			return row.next() && "ON".equalsIgnoreCase(row.getString(2));
		}
	}

	@FunctionalInterface
	private interface SqlAction {

		void run() throws SQLException;

	}

}
