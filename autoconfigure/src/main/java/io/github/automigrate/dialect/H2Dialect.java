package io.github.automigrate.dialect;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.automigrate.model.Column;
import io.github.automigrate.model.TableName;

/**
 * H2 2.x, with the type names Hibernate's {@code H2Dialect} uses ({@link H2TypeNames}).
 * Its catalog is read by {@code introspect}'s {@code H2Catalog}.
 */
public class H2Dialect extends AbstractDialect {

	/**
	 * H2's documented keyword list, which its driver's metadata does not report in full.
	 */
	private static final Set<String> KEYWORDS = Set.of("all", "and", "any", "array", "as", "asymmetric",
			"authorization", "between", "both", "case", "cast", "check", "constraint", "cross", "current_catalog",
			"current_date", "current_path", "current_role", "current_schema", "current_time", "current_timestamp",
			"current_user", "day", "default", "distinct", "else", "end", "except", "exists", "false", "fetch", "for",
			"foreign", "from", "full", "group", "groups", "having", "hour", "if", "ilike", "in", "inner", "intersect",
			"interval", "is", "join", "key", "leading", "left", "like", "limit", "localtime", "localtimestamp", "minus",
			"minute", "month", "natural", "not", "null", "offset", "on", "or", "order", "over", "partition", "primary",
			"qualify", "range", "regexp", "right", "row", "rownum", "rows", "second", "select", "session_user", "set",
			"some", "symmetric", "system_user", "table", "to", "top", "trailing", "true", "uescape", "union", "unique",
			"unknown", "user", "using", "value", "values", "when", "where", "window", "with", "year", "_rowid_");

	private static final String COLUMN = "column ";

	public H2Dialect(String databaseKeywords) {
		super(new Identifiers("\"", "\"", Identifiers.IdentifierCase.UPPER,
				Identifiers.sql2003And(databaseKeywords, KEYWORDS)), new H2TypeNames());
	}

	@Override
	public String name() {
		return "H2";
	}

	@Override
	protected List<String> columnComment(TableName table, Column column) {
		return commentOnColumn(table, column);
	}

	/**
	 * H2 takes several additions as one parenthesised list
	 * ({@code add (a integer, constraint ...)}), not clauses.
	 */
	@Override
	protected String addsInOneStatement(TableName table, List<String> additions) {
		return "alter table " + quote(table) + " add ("
				+ additions.stream()
					.map((addition) -> addition.startsWith(COLUMN) ? addition.substring(COLUMN.length()) : addition)
					.collect(Collectors.joining(", "))
				+ ")";
	}

	@Override
	public boolean foreignKeyNamesPerSchema() {
		return true;
	}

	@Override
	public SchemaLock schemaLock() {
		return Locks.h2();
	}

}
