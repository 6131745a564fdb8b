package io.github.automigrate.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.github.automigrate.model.Column;
import io.github.automigrate.model.ColumnType;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Sequence;
import io.github.automigrate.model.Table;
import io.github.automigrate.model.TypeKind;

/**
 * SQLite 3, with the type names Hibernate's community {@code SQLiteDialect} uses. SQLite has no sequences (Hibernate
 * falls back to a one-row table), adds a NOT NULL column only with a default, and cannot add a unique column (a
 * unique index does the same).
 */
public class SqliteDialect extends AbstractDialect {

	private static final Set<String> KEYWORDS = Set.of("abort", "autoincrement", "glob", "index", "indexed", "isnull",
			"limit", "notnull", "offset", "pragma", "raise", "regexp", "vacuum");

	public SqliteDialect(String databaseKeywords) {
		super(new Identifiers("\"", "\"", Identifiers.IdentifierCase.AS_WRITTEN,
				Identifiers.sql2003And(databaseKeywords, KEYWORDS)));
	}

	@Override
	public String name() {
		return "SQLite";
	}

	@Override
	protected String sizedTypeName(TypeKind kind) {
		return switch (kind) {
			case BOOLEAN -> "boolean";
			case TINYINT -> "tinyint";
			case SMALLINT -> "smallint";
			case INTEGER -> "integer";
			case BIGINT -> "bigint";
			case REAL, DOUBLE -> "float";
			case DECIMAL -> "numeric";
			case CHAR -> "char";
			case VARCHAR -> "varchar";
			case CLOB -> "clob";
			case VARBINARY, BLOB, UUID -> "blob";
			case DATE -> "date";
			case TIME -> "time";
			case TIMESTAMP, TIMESTAMP_TZ -> "timestamp";
			case OTHER -> throw new IllegalArgumentException("No type name for " + kind);
		};
	}

	@Override
	public String typeName(ColumnType type) {
		// SQLite stores bytes whatever their declared length; Hibernate declares plain blob.
		return (type.definition() == null && type.kind() == TypeKind.VARBINARY) ? "blob" : super.typeName(type);
	}

	@Override
	protected String identityColumnType(Column column) {
		// Only "integer primary key" makes SQLite generate the value (the column becomes the rowid).
		return "integer primary key autoincrement";
	}

	@Override
	protected boolean identityDeclaresPrimaryKey() {
		return true;
	}

	@Override
	public List<String> addColumn(Table table, Column column, ColumnAddition addition) {
		List<String> statements = new ArrayList<>(List.of("alter table " + quote(table.name()) + " add column "
				+ columnDefinition(column, addition, false)));
		if (column.unique()) {
			String index = "uk_" + table.name().name().text() + "_" + column.name().text();
			statements.add("create unique index " + quote(Identifier.of(index)) + " on "
					+ quote(table.name()) + " (" + quote(column.name()) + ")");
		}
		return statements;
	}

	@Override
	public List<String> createSequence(Sequence sequence) {
		return List.of("create table " + quote(sequence.name()) + " (next_val bigint)",
				"insert into " + quote(sequence.name()) + " values (" + sequence.start() + ")");
	}

	@Override
	protected String literal(Object value) {
		return (value instanceof Boolean bool) ? (bool ? "1" : "0") : value.toString();
	}

	@Override
	public Optional<String> sequencesQuery() {
		return Optional.empty();
	}

	@Override
	public boolean isSystemTable(String name) {
		return name.startsWith("sqlite_");
	}

	@Override
	public boolean requiresDefaultForNotNullColumn() {
		return true;
	}

	@Override
	public ColumnType actualType(ColumnMetadata metadata) {
		// The driver derives its type codes from the declared name, so read the name itself.
		String name = metadata.typeName().toLowerCase(Locale.ROOT);
		if (name.startsWith("float") || name.startsWith("double") || name.startsWith("real")) {
			return ColumnType.of(TypeKind.DOUBLE);
		}
		if (name.startsWith("timestamp") || name.startsWith("datetime")) {
			return ColumnType.of(TypeKind.TIMESTAMP);
		}
		if (name.startsWith("blob")) {
			return ColumnType.of(TypeKind.BLOB);
		}
		if (name.startsWith("clob") || name.startsWith("text")) {
			return ColumnType.of(TypeKind.CLOB);
		}
		return super.actualType(metadata);
	}

}
