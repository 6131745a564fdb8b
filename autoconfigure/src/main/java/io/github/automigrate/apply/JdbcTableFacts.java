package io.github.automigrate.apply;

import java.sql.ResultSet;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;

import io.github.automigrate.dialect.Dialect;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.TableName;
import io.github.automigrate.plan.TableFacts;

/**
 * Answers the planner's questions about the data with the dialect's queries, on the run's
 * connection.
 */
final class JdbcTableFacts implements TableFacts {

	private final JdbcTemplate jdbc;

	private final Dialect dialect;

	JdbcTableFacts(JdbcTemplate jdbc, Dialect dialect) {
		this.jdbc = jdbc;
		this.dialect = dialect;
	}

	@Override
	public boolean hasRows(TableName table) {
		return exists(this.dialect.rowExistsQuery(table));
	}

	@Override
	public boolean hasDuplicates(TableName table, List<Identifier> columns) {
		return exists(this.dialect.duplicatesQuery(table, columns));
	}

	private boolean exists(String query) {
		return Boolean.TRUE.equals(this.jdbc.query(query, (ResultSetExtractor<Boolean>) ResultSet::next));
	}

}
