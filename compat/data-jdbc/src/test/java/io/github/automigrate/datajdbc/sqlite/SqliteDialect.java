package io.github.automigrate.datajdbc.sqlite;

import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.data.relational.core.dialect.AbstractDialect;
import org.springframework.data.relational.core.dialect.LimitClause;
import org.springframework.data.relational.core.dialect.LockClause;
import org.springframework.data.relational.core.sql.LockOptions;

/**
 * A Spring Data JDBC dialect for SQLite, as an application declares one (Spring Data
 * ships none): {@code LIMIT}/{@code OFFSET}, and no row locks (SQLite locks the whole
 * database).
 */
public final class SqliteDialect extends AbstractDialect implements JdbcDialect {

	/** The one instance. */
	public static final SqliteDialect INSTANCE = new SqliteDialect();

	private static final LimitClause LIMIT = new LimitClause() {

		@Override
		public String getLimit(long limit) {
			return "LIMIT " + limit;
		}

		@Override
		public String getOffset(long offset) {
			return "LIMIT -1 OFFSET " + offset;
		}

		@Override
		public String getLimitOffset(long limit, long offset) {
			return "LIMIT " + limit + " OFFSET " + offset;
		}

		@Override
		public Position getClausePosition() {
			return Position.AFTER_ORDER_BY;
		}

	};

	private static final LockClause LOCK = new LockClause() {

		@Override
		public String getLock(LockOptions lockOptions) {
			return "";
		}

		@Override
		public Position getClausePosition() {
			return Position.AFTER_ORDER_BY;
		}

	};

	private SqliteDialect() {
	}

	@Override
	public LimitClause limit() {
		return LIMIT;
	}

	@Override
	public LockClause lock() {
		return LOCK;
	}

}
