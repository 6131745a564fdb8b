package io.github.automigrate.sample.datajdbc;

import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.data.relational.core.dialect.AbstractDialect;
import org.springframework.data.relational.core.dialect.LimitClause;
import org.springframework.data.relational.core.dialect.LockClause;
import org.springframework.data.relational.core.sql.IdentifierProcessing;
import org.springframework.data.relational.core.sql.IdentifierProcessing.LetterCasing;
import org.springframework.data.relational.core.sql.IdentifierProcessing.Quoting;
import org.springframework.data.relational.core.sql.LockOptions;

/**
 * Spring Data JDBC's dialect for SQLite, which Spring Data does not ship: paging with
 * {@code LIMIT}/{@code OFFSET}, no lock clause (SQLite locks the whole database file),
 * and names quoted in lower case, so the tables read {@code trip} and {@code stop}.
 * AutoMigrate renders every name of the aggregate with this same dialect.
 */
final class SqliteDialect extends AbstractDialect implements JdbcDialect {

	static final SqliteDialect INSTANCE = new SqliteDialect();

	private static final IdentifierProcessing IDENTIFIERS = IdentifierProcessing.create(Quoting.ANSI,
			LetterCasing.LOWER_CASE);

	private static final LimitClause LIMIT = new LimitClause() {

		@Override
		public String getLimit(long limit) {
			return "LIMIT " + limit;
		}

		@Override
		public String getOffset(long offset) {
			// SQLite has no OFFSET without LIMIT; -1 is "no limit".
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

	private static final LockClause NO_LOCK = new LockClause() {

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
		return NO_LOCK;
	}

	@Override
	public IdentifierProcessing getIdentifierProcessing() {
		return IDENTIFIERS;
	}

}
