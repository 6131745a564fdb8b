package io.github.automigrate.apply;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The transaction a plan applies in where the database has transactional DDL, and a mark
 * to roll one change back to.
 */
interface PlanTransaction {

	void begin() throws SQLException;

	void mark() throws SQLException;

	void rollbackToMark() throws SQLException;

	void rollback() throws SQLException;

	void commit() throws SQLException;

	/** Called last, whatever happened. */
	void end() throws SQLException;

	/** A transaction of the connection's own. */
	final class OnConnection implements PlanTransaction {

		private final Connection connection;

		private final boolean autoCommit;

		private @Nullable Savepoint mark;

		OnConnection(Connection connection) throws SQLException {
			this.connection = connection;
			this.autoCommit = connection.getAutoCommit();
		}

		@Override
		public void begin() throws SQLException {
			this.connection.setAutoCommit(false);
		}

		@Override
		public void mark() throws SQLException {
			this.mark = this.connection.setSavepoint();
		}

		@Override
		public void rollbackToMark() throws SQLException {
			this.connection.rollback(Objects.requireNonNull(this.mark));
		}

		@Override
		public void rollback() throws SQLException {
			this.connection.rollback();
		}

		@Override
		public void commit() throws SQLException {
			this.connection.commit();
		}

		@Override
		public void end() throws SQLException {
			// As the pool handed it out: some pools do not reset it.
			this.connection.setAutoCommit(this.autoCommit);
		}

	}

	/**
	 * Savepoints within the write transaction the schema lock holds, which commits when
	 * the lock is released.
	 */
	final class WithinLock implements PlanTransaction {

		private final JdbcTemplate jdbc;

		WithinLock(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public void begin() {
			this.jdbc.execute("savepoint automigrate_plan");
		}

		@Override
		public void mark() {
			this.jdbc.execute("savepoint automigrate_change");
		}

		@Override
		public void rollbackToMark() {
			this.jdbc.execute("rollback to automigrate_change");
		}

		@Override
		public void rollback() {
			this.jdbc.execute("rollback to automigrate_plan");
		}

		@Override
		public void commit() {
			this.jdbc.execute("release automigrate_plan");
		}

		@Override
		public void end() {
		}

	}

}
