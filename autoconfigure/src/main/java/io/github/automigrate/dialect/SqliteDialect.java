package io.github.automigrate.dialect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.github.automigrate.model.Column;
import io.github.automigrate.model.ColumnType;
import io.github.automigrate.model.ForeignKey;
import io.github.automigrate.model.Index;
import io.github.automigrate.model.Sequence;
import io.github.automigrate.model.SqlText;
import io.github.automigrate.model.TableName;
import io.github.automigrate.model.TypeKind;

/**
 * SQLite 3, with the type names Hibernate's community {@code SQLiteDialect} uses. SQLite has no sequences (Hibernate
 * falls back to a one-row table), adds a NOT NULL column only with a default, has no ALTER TABLE ... ADD CONSTRAINT
 * (a unique index makes a unique constraint; a foreign key is declared only in CREATE TABLE, where it may refer to a
 * table created later), and reads its catalog through table-valued pragma functions.
 */
public class SqliteDialect extends AbstractDialect {

	private static final Set<String> KEYWORDS = Set.of("abort", "autoincrement", "glob", "index", "indexed", "isnull",
			"limit", "notnull", "offset", "pragma", "raise", "regexp", "vacuum");

	/** Declared type names, longest prefixes first, and the kind each declares. */
	private static final Map<String, TypeKind> DECLARED_TYPES = declaredTypes();

	public SqliteDialect(String databaseKeywords) {
		super(new Identifiers("\"", "\"", Identifiers.IdentifierCase.AS_WRITTEN,
				Identifiers.sql2003And(databaseKeywords, KEYWORDS)));
	}

	/** SQLite also reads backticks and square brackets as identifier quotes. */
	@Override
	public SqlText.Syntax sqlSyntax() {
		return new SqlText.Syntax("'", "\"`[", false, false, false);
	}

	private static Map<String, TypeKind> declaredTypes() {
		Map<String, TypeKind> types = new LinkedHashMap<>();
		types.put("boolean", TypeKind.BOOLEAN);
		types.put("tinyint", TypeKind.TINYINT);
		types.put("smallint", TypeKind.SMALLINT);
		types.put("bigint", TypeKind.BIGINT);
		types.put("integer", TypeKind.INTEGER);
		types.put("int", TypeKind.INTEGER);
		types.put("float", TypeKind.DOUBLE);
		types.put("double", TypeKind.DOUBLE);
		types.put("real", TypeKind.DOUBLE);
		types.put("numeric", TypeKind.DECIMAL);
		types.put("decimal", TypeKind.DECIMAL);
		types.put("varchar", TypeKind.VARCHAR);
		types.put("char", TypeKind.CHAR);
		types.put("clob", TypeKind.CLOB);
		types.put("text", TypeKind.CLOB);
		types.put("blob", TypeKind.BLOB);
		types.put("date", TypeKind.DATE);
		types.put("timestamp", TypeKind.TIMESTAMP);
		types.put("datetime", TypeKind.TIMESTAMP);
		types.put("time", TypeKind.TIME);
		return types;
	}

	@Override
	public SchemaLock schemaLock() {
		return Locks.sqliteWriteTransaction();
	}

	@Override
	public boolean transactionalDdl() {
		return true;
	}

	@Override
	public String name() {
		return "SQLite";
	}

	@Override
	protected Map<TypeKind, String> ownTypeNames() {
		return Map.of(TypeKind.REAL, "float", TypeKind.DOUBLE, "float", TypeKind.VARBINARY, "blob", TypeKind.INET, "blob",
				TypeKind.UUID, "blob", TypeKind.TIME_TZ, "time", TypeKind.TIMESTAMP, "timestamp", TypeKind.TIMESTAMP_TZ,
				"timestamp", TypeKind.JSON, "clob");
	}

	@Override
	public String typeName(ColumnType type) {
		// SQLite stores bytes whatever their declared length; Hibernate declares plain blob.
		if (type.definition() == null && (type.kind() == TypeKind.VARBINARY || type.kind() == TypeKind.BINARY
				|| type.kind() == TypeKind.INET)) {
			return "blob";
		}
		return super.typeName(type);
	}

	@Override
	public ColumnType storedType(ColumnType mapped) {
		if (mapped.definition() != null) {
			return mapped;
		}
		return switch (mapped.kind()) {
			case UUID, VARBINARY, BINARY, INET -> ColumnType.of(TypeKind.BLOB);
			case TIME_TZ -> ColumnType.of(TypeKind.TIME);
			case REAL -> ColumnType.of(TypeKind.DOUBLE);
			case TIMESTAMP_TZ -> ColumnType.of(TypeKind.TIMESTAMP);
			case JSON -> ColumnType.of(TypeKind.CLOB);
			default -> mapped;
		};
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
	public List<String> createIndex(TableName table, Index index) {
		return List.of("create " + (index.unique() ? "unique " : "") + "index " + quote(index.name()) + " on " + quote(table)
				+ " " + columnList(index.columns()));
	}

	@Override
	public List<String> addForeignKey(TableName table, ForeignKey foreignKey) {
		throw new UnsupportedOperationException(foreignKeyAdditionUnsupported().orElseThrow());
	}

	@Override
	public Optional<String> foreignKeyAdditionUnsupported() {
		return Optional.of("SQLite cannot add a foreign key to an existing table (its ALTER TABLE has no ADD CONSTRAINT); "
				+ "the table would have to be rebuilt, which AutoMigrate never does. Rebuild it yourself if you need the "
				+ "constraint enforced");
	}

	@Override
	public boolean foreignKeysInCreateTable() {
		return true;
	}

	/** A unique constraint declared in CREATE TABLE gets a generated name here: a named unique index keeps its name. */
	@Override
	protected boolean uniqueConstraintsInCreateTable() {
		return false;
	}

	/** SQLite's ALTER TABLE takes one addition. */
	@Override
	protected @Nullable String addsInOneStatement(TableName table, List<String> additions) {
		return null;
	}

	@Override
	public Optional<String> indexesQuery() {
		// Attached databases are not read: the parameter keeps the query to the main one.
		return Optional.of("select m.name, il.name, ii.name, il.\"unique\" from sqlite_master m"
				+ " join pragma_index_list(m.name) il join pragma_index_info(il.name) ii"
				+ " where m.type = 'table' and m.name not like 'sqlite\\_%' escape '\\' and il.origin <> 'pk' and ? is null"
				+ " order by m.name, il.name, ii.seqno");
	}

	@Override
	public Optional<String> foreignKeysQuery() {
		// SQLite keeps no readable name for a foreign key: its id stands for it, and foreign keys match by columns.
		return Optional.of("select m.name, 'sqlite_fk_' || fk.id, fk.\"from\", null, fk.\"table\", fk.\"to\""
				+ " from sqlite_master m join pragma_foreign_key_list(m.name) fk"
				+ " where m.type = 'table' and m.name not like 'sqlite\\_%' escape '\\' and ? is null"
				+ " order by m.name, fk.id, fk.seq");
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
	public Optional<String> columnsQuery() {
		// The driver lists all columns with one compound query of a term per column, which SQLite refuses past 500.
		return Optional.of("select m.name, p.name, p.type, p.\"notnull\" from sqlite_master m"
				+ " join pragma_table_info(m.name) p where m.type = 'table' and coalesce(?, 'main') = 'main'"
				+ " order by m.name, p.cid");
	}

	@Override
	public Optional<String> catalogFingerprintQuery() {
		// The schema cookie: SQLite increments it in the file's header on every schema change, and on nothing else.
		return Optional.of("select schema_version from pragma_schema_version where coalesce(?, 'main') = 'main'");
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
		// The driver derives its type codes from the declared name, and not always well: read the name itself.
		String name = metadata.typeName().toLowerCase(Locale.ROOT);
		for (Map.Entry<String, TypeKind> prefix : DECLARED_TYPES.entrySet()) {
			if (name.startsWith(prefix.getKey())) {
				return switch (prefix.getValue()) {
					case DECIMAL -> ColumnType.ofDecimal(metadata.size(), metadata.decimalDigits());
					case CHAR, VARCHAR -> ColumnType.ofLength(prefix.getValue(), metadata.size());
					default -> ColumnType.of(prefix.getValue());
				};
			}
		}
		return super.actualType(metadata);
	}

}
