package io.github.automigrate.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * The schema lock of a MariaDB Galera cluster, where {@code GET_LOCK} holds on one node
 * only: a lease row the cluster certifies. Each node commits in the cluster's total
 * order, and DDL runs in total order isolation, so a node that sees the lease released
 * has applied every change made under it; the holder's reads are made causal as well
 * ({@code wsrep_sync_wait}), so that it plans from the cluster's latest catalog.
 */
final class GaleraLease extends LeaseLock {

	GaleraLease() {
		super("datetime(3)", " engine=InnoDB", "now(3)", "now(3) + interval (? * 1000) microsecond");
	}

	@Override
	public Held acquire(Connection connection, String name, Duration timeout) throws SQLException {
		Held lease = super.acquire(connection, name, timeout);
		String syncWait = queryString(connection, "select @@session.wsrep_sync_wait");
		execute(connection, "set session wsrep_sync_wait = 15");
		return () -> {
			try {
				execute(connection, "set session wsrep_sync_wait = " + Integer.parseInt(syncWait));
			}
			finally {
				lease.release();
			}
		};
	}

	/**
	 * Whether a connection is to a node of a Galera cluster, where a lock must be the
	 * cluster's.
	 */
	static boolean isClusterNode(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				java.sql.ResultSet row = statement.executeQuery("show variables like 'wsrep_on'")) {
			return row.next() && "ON".equalsIgnoreCase(row.getString(2));
		}
	}

}
