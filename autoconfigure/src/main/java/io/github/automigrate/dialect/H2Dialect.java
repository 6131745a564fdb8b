package io.github.automigrate.dialect;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.automigrate.model.Column;
import io.github.automigrate.model.TableName;
import io.github.automigrate.model.TypeKind;

/**
 * H2 2.x, with the type names Hibernate's {@code H2Dialect} uses.
 */
public class H2Dialect extends AbstractDialect {

	/** H2's documented keyword list, which its driver's metadata does not report in full. */
	private static final Set<String> KEYWORDS = Set.of("all", "and", "any", "array", "as", "asymmetric", "authorization",
			"between", "both", "case", "cast", "check", "constraint", "cross", "current_catalog", "current_date",
			"current_path", "current_role", "current_schema", "current_time", "current_timestamp", "current_user", "day",
			"default", "distinct", "else", "end", "except", "exists", "false", "fetch", "for", "foreign", "from", "full",
			"group", "groups", "having", "hour", "if", "ilike", "in", "inner", "intersect", "interval", "is", "join", "key",
			"leading", "left", "like", "limit", "localtime", "localtimestamp", "minus", "minute", "month", "natural", "not",
			"null", "offset", "on", "or", "order", "over", "partition", "primary", "qualify", "range", "regexp", "right",
			"row", "rownum", "rows", "second", "select", "session_user", "set", "some", "symmetric", "system_user", "table",
			"to", "top", "trailing", "true", "uescape", "union", "unique", "unknown", "user", "using", "value", "values",
			"when", "where", "window", "with", "year", "_rowid_");

	private static final String COLUMN = "column ";

	public H2Dialect(String databaseKeywords) {
		super(new Identifiers("\"", "\"", Identifiers.IdentifierCase.UPPER,
				Identifiers.sql2003And(databaseKeywords, KEYWORDS)));
	}

	@Override
	public SchemaLock schemaLock() {
		return Locks.h2();
	}

	@Override
	public boolean foreignKeyNamesPerSchema() {
		return true;
	}

	@Override
	public String name() {
		return "H2";
	}

	@Override
	protected Map<TypeKind, String> ownTypeNames() {
		return Map.of(TypeKind.REAL, "float(24)", TypeKind.DOUBLE, "float(53)");
	}

	@Override
	protected boolean hasEnumTypes() {
		return true;
	}

	@Override
	protected int maxVarcharLength() {
		// Hibernate's H2Dialect: longer text is a clob, longer bytes a blob.
		return 1_048_576;
	}

	@Override
	public Optional<String> indexesQuery() {
		// Indexes H2 makes for constraints are "generated": unique constraints are read as constraints instead.
		return Optional.of("select i.table_name, i.index_name, c.column_name, i.index_type_name = 'UNIQUE INDEX',"
				+ " c.ordinal_position from information_schema.indexes i join information_schema.index_columns c"
				+ " on c.index_schema = i.index_schema and c.index_name = i.index_name and c.table_name = i.table_name"
				+ " where i.table_schema = coalesce(?, schema()) and not i.is_generated"
				+ " union all select t.table_name, t.constraint_name, k.column_name, true, k.ordinal_position"
				+ " from information_schema.table_constraints t join information_schema.key_column_usage k"
				+ " on k.constraint_schema = t.constraint_schema and k.constraint_name = t.constraint_name"
				+ " where t.constraint_type = 'UNIQUE' and t.table_schema = coalesce(?, schema())"
				+ " order by 1, 2, 5");
	}

	@Override
	public boolean foreignKeysFromInformationSchema() {
		return true;
	}

	@Override
	public Optional<String> sequencesQuery() {
		return Optional.of("select sequence_schema, sequence_name from information_schema.sequences"
				+ " where sequence_schema = coalesce(?, schema())");
	}

	/** H2 takes several additions as one parenthesised list ({@code add (a integer, constraint ...)}), not clauses. */
	@Override
	protected String addsInOneStatement(TableName table, List<String> additions) {
		return "alter table " + quote(table) + " add ("
				+ additions.stream().map((addition) -> addition.startsWith(COLUMN) ? addition.substring(COLUMN.length())
						: addition).collect(Collectors.joining(", ")) + ")";
	}

	@Override
	protected List<String> columnComment(TableName table, Column column) {
		return commentOnColumn(table, column);
	}

}
