package io.github.automigrate.dialect;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A schema lock for a database whose own locks do not reach every instance (a Galera
 * cluster, where {@code GET_LOCK} holds on one node; H2 served to several processes): a
 * lease row in a table of AutoMigrate's own.
 * <p>
 * A taker sets the row's owner with a conditional {@code UPDATE} (free, or its lease
 * expired) in a transaction of its own, committed. The database serialises writers of one
 * row; Galera certifies them optimistically: of two nodes that both saw the row free, the
 * first to commit wins and the other's commit fails with a deadlock (or is retried and
 * then finds the row taken). So an update that committed and changed one row holds the
 * lease. A holder that dies keeps it until it expires.
 */
class LeaseLock implements SchemaLock {

	/** AutoMigrate's table of lease rows, one per lock name. */
	static final String TABLE = "automigrate_lock";

	/**
	 * How long a lease lasts without its holder: the time a crashed holder blocks the
	 * others.
	 */
	static final Duration LEASE = Duration.ofMinutes(10);

	/**
	 * The lock table's columns, by which a table of its name is known to be
	 * AutoMigrate's.
	 */
	private static final List<String> COLUMNS = List.of("name", "owner", "expires_at");

	private static final long POLL_MILLIS = 200;

	private final String createTable;

	private final String now;

	private final String nowPlusMillis;

	/**
	 * A lease lock in this database's SQL.
	 * @param expiresAtType the type of the expiry column
	 * @param tableOptions what follows the table's columns
	 * @param now the expression of the database's current time
	 * @param nowPlusMillis the expression of the current time plus a parameter's
	 * milliseconds
	 */
	LeaseLock(String expiresAtType, String tableOptions, String now, String nowPlusMillis) {
		this.createTable = "create table if not exists " + TABLE + " (name varchar(191) not null primary key,"
				+ " owner varchar(255), expires_at " + expiresAtType + ")" + tableOptions;
		this.now = now;
		this.nowPlusMillis = nowPlusMillis;
	}

	@Override
	public Held acquire(Connection connection, String name, Duration timeout) throws SQLException {
		String key = (name.length() > 190) ? name.substring(0, 190) : name;
		String owner = ManagementFactory.getRuntimeMXBean().getName() + " #"
				+ UUID.randomUUID().toString().substring(0, 8);
		prepare(connection, key);
		long deadline = System.nanoTime() + timeout.toNanos();
		long lease = Math.max(LEASE.toMillis(), 2 * timeout.toMillis());
		while (!take(connection, key, owner, lease)) {
			if (System.nanoTime() > deadline) {
				throw new LockTimeoutException(name, timeout,
						"The lease row in " + TABLE + " is held by " + holder(connection, key)
								+ "; a holder that stopped keeps it until then (delete the row to free it"
								+ " sooner).");
			}
			pause();
		}
		return () -> release(connection, key, owner);
	}

	/** Creates the table and the lock's row if absent. */
	private void prepare(Connection connection, String key) throws SQLException {
		// Asked first: on Galera a create, even of a table that exists, would be ordered
		// across the whole cluster.
		if (!tableExists(connection)) {
			execute(connection, this.createTable);
		}
		else {
			checkIsLockTable(connection);
		}
		for (int attempt = 1; holder(connection, key) == null; attempt++) {
			try {
				update(connection, "insert into " + TABLE + " (name) values (?)", key);
			}
			catch (SQLException ex) {
				// Another instance inserted it first: a duplicate key, or (Galera) a
				// conflict at commit, after which
				// this node may take a moment to show the winner's row.
				if (!isConflict(ex) && holder(connection, key) == null || attempt == 50) {
					throw ex;
				}
				pause();
			}
		}
	}

	private boolean take(Connection connection, String key, String owner, long leaseMillis) throws SQLException {
		try {
			return update(connection,
					"update " + TABLE + " set owner = ?, expires_at = " + this.nowPlusMillis
							+ " where name = ? and (owner is null or expires_at < " + this.now + ")",
					owner, leaseMillis, key) == 1;
		}
		catch (SQLException ex) {
			if (isConflict(ex)) {
				return false;
			}
			throw ex;
		}
	}

	private static void release(Connection connection, String key, String owner) throws SQLException {
		for (int attempt = 1;; attempt++) {
			try {
				update(connection,
						"update " + TABLE + " set owner = null, expires_at = null where name = ? and owner = ?", key,
						owner);
				return;
			}
			catch (SQLException ex) {
				if (!isConflict(ex) || attempt == 10) {
					throw ex;
				}
				pause();
			}
		}
	}

	/**
	 * Whether another transaction won: a deadlock or serialisation failure (class 40,
	 * Galera's certification conflict among them), or a lock wait that timed out (H2's
	 * {@code HYT00}).
	 */
	private static boolean isConflict(SQLException ex) {
		String state = String.valueOf(ex.getSQLState());
		return state.startsWith("40") || state.equals("HYT00");
	}

	/**
	 * A table of this name that AutoMigrate did not make (its columns say so) is the
	 * user's: nothing is written to it, and the run stops before it reads or changes
	 * anything else.
	 */
	private static void checkIsLockTable(Connection connection) throws SQLException {
		Set<String> columns = new HashSet<>();
		DatabaseMetaData metadata = connection.getMetaData();
		try (ResultSet rows = metadata.getColumns(connection.getCatalog(), connection.getSchema(), stored(metadata),
				null)) {
			while (rows.next()) {
				columns.add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
			}
		}
		if (!columns.containsAll(COLUMNS)) {
			throw new SQLException("The table " + TABLE + " is not AutoMigrate's lock table (it lacks the columns "
					+ String.join(", ", COLUMNS.stream().filter((column) -> !columns.contains(column)).toList())
					+ "): on this database AutoMigrate keeps its lock in a table of that name. AutoMigrate touched "
					+ "nothing; rename that table, or set schema.automigrate.enabled=false.");
		}
	}

	private static boolean tableExists(Connection connection) throws SQLException {
		DatabaseMetaData metadata = connection.getMetaData();
		try (ResultSet tables = metadata.getTables(connection.getCatalog(), connection.getSchema(), stored(metadata),
				null)) {
			return tables.next();
		}
	}

	/**
	 * The table's name as the database stores an unquoted one (H2 folds it to upper
	 * case).
	 */
	private static String stored(DatabaseMetaData metadata) throws SQLException {
		return metadata.storesUpperCaseIdentifiers() ? TABLE.toUpperCase(Locale.ROOT) : TABLE;
	}

	/** Who holds the lease and until when, or {@code null} when there is no row. */
	private static @Nullable String holder(Connection connection, String key) throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement("select owner, expires_at from " + TABLE + " where name = ?")) {
			statement.setString(1, key);
			try (ResultSet row = statement.executeQuery()) {
				return row.next() ? row.getString(1) + " until " + row.getString(2) + " (database time)" : null;
			}
		}
	}

	static int update(Connection connection, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			return statement.executeUpdate();
		}
	}

	static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	static String queryString(Connection connection, String sql) throws SQLException {
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

}
