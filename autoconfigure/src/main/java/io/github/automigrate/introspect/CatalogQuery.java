package io.github.automigrate.introspect;

import java.sql.Types;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * Reads one kind of object of a whole schema from the catalog, as typed rows.
 *
 * @param <R> the type of a row
 */
@FunctionalInterface
interface CatalogQuery<R> {

	/**
	 * Reads the rows of one schema.
	 * @param jdbc the template, on the run's single connection
	 * @param schema the schema as stored, or {@code null} for the connection's default
	 * schema
	 * @return the rows
	 */
	List<R> read(JdbcTemplate jdbc, @Nullable String schema);

	/**
	 * One query whose every parameter is the schema, and how to read its rows.
	 * @param <R> the type of a row
	 * @param sql the query
	 * @param rows reads one row
	 * @return the query
	 */
	static <R> CatalogQuery<R> of(String sql, RowMapper<R> rows) {
		return new Sql<>(sql, rows);
	}

	/**
	 * A query whose every parameter is the schema. Typed, so that a {@code null} one does
	 * not make {@link JdbcTemplate} ask the driver for the parameter's type (a round trip
	 * of its own on PostgreSQL).
	 *
	 * @param <R> the type of a row
	 * @param text the query
	 * @param rows reads one row
	 */
	record Sql<R>(String text, RowMapper<R> rows) implements CatalogQuery<R> {

		@Override
		public List<R> read(JdbcTemplate jdbc, @Nullable String schema) {
			Object[] parameters = new Object[(int) this.text.chars().filter((c) -> c == '?').count()];
			Arrays.fill(parameters, new SqlParameterValue(Types.VARCHAR, schema));
			return jdbc.query(this.text, this.rows, parameters);
		}

	}

}
