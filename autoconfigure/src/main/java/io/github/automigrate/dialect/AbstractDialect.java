package io.github.automigrate.dialect;

import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import io.github.automigrate.model.Column;
import io.github.automigrate.model.ColumnType;
import io.github.automigrate.model.ForeignKey;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Index;
import io.github.automigrate.model.Sequence;
import io.github.automigrate.model.Table;
import io.github.automigrate.model.TableName;
import io.github.automigrate.model.TypeKind;

/**
 * The DDL most databases share; each dialect overrides what its database writes differently.
 */
public abstract class AbstractDialect implements Dialect {

	private final Identifiers identifiers;

	protected AbstractDialect(Identifiers identifiers) {
		this.identifiers = identifiers;
	}

	@Override
	public String quote(Identifier identifier) {
		return this.identifiers.quote(identifier);
	}

	@Override
	public String stored(Identifier identifier) {
		return this.identifiers.stored(identifier);
	}

	@Override
	public String typeName(ColumnType type) {
		if (type.definition() != null) {
			return type.definition();
		}
		Integer length = type.length();
		return switch (type.kind()) {
			case VARCHAR -> (length != null && length > maxVarcharLength()) ? longVarcharTypeName(length)
					: sizedTypeName(type.kind()) + "(" + length + ")";
			case VARBINARY -> (length != null && length > maxVarbinaryLength()) ? longVarbinaryTypeName(length)
					: sizedTypeName(type.kind()) + "(" + length + ")";
			case CHAR, INET, BINARY -> sizedTypeName(type.kind()) + "(" + length + ")";
			case ENUM_CHAR -> typeName(ColumnType.ofLength(hasEnumTypes() ? TypeKind.VARCHAR : TypeKind.CHAR,
					(length != null) ? length : 1));
			case DECIMAL -> sizedTypeName(type.kind()) + "(" + type.precision() + "," + type.scale() + ")";
			case CLOB, BLOB -> (length != null) ? largeObjectTypeName(type.kind(), length) : sizedTypeName(type.kind());
			default -> sizedTypeName(type.kind());
		};
	}

	/**
	 * Whether Hibernate declares an {@code @Enumerated(STRING)} column as a database enum type here (its dialect
	 * registers {@code SqlTypes.ENUM}); where it does, Hibernate validates a {@code varchar} but not a {@code char}.
	 * @return false by default
	 */
	protected boolean hasEnumTypes() {
		return false;
	}

	/**
	 * The longest {@code varchar} this database declares, as Hibernate's dialect for it knows it: longer text takes
	 * {@link #longVarcharTypeName(int)}. Unbounded by default.
	 * @return the length in characters
	 */
	protected int maxVarcharLength() {
		return Integer.MAX_VALUE;
	}

	/**
	 * The longest {@code varbinary} this database declares: longer bytes take {@link #longVarbinaryTypeName(int)}.
	 * @return the length in bytes
	 */
	protected int maxVarbinaryLength() {
		return maxVarcharLength();
	}

	/**
	 * The type of text longer than {@link #maxVarcharLength()}: the character large object type by default.
	 * @param length the mapped length
	 * @return the type name
	 */
	protected String longVarcharTypeName(int length) {
		return sizedTypeName(TypeKind.CLOB);
	}

	/**
	 * The type of bytes longer than {@link #maxVarbinaryLength()}: the binary large object type by default.
	 * @param length the mapped length
	 * @return the type name
	 */
	protected String longVarbinaryTypeName(int length) {
		return sizedTypeName(TypeKind.BLOB);
	}

	/**
	 * The type of a large object the mapping gives a length ({@code @Lob @Column(length = ...)}): the large object
	 * type whatever the length by default.
	 * @param kind {@code CLOB} or {@code BLOB}
	 * @param length the mapped length
	 * @return the type name
	 */
	protected String largeObjectTypeName(TypeKind kind, int length) {
		return sizedTypeName(kind);
	}

	/** SQL's own type names, which most databases take. */
	private static final Map<TypeKind, String> STANDARD_TYPES = standardTypes();

	private static Map<TypeKind, String> standardTypes() {
		Map<TypeKind, String> types = new EnumMap<>(TypeKind.class);
		types.put(TypeKind.BOOLEAN, "boolean");
		types.put(TypeKind.TINYINT, "tinyint");
		types.put(TypeKind.SMALLINT, "smallint");
		types.put(TypeKind.INTEGER, "integer");
		types.put(TypeKind.BIGINT, "bigint");
		types.put(TypeKind.REAL, "real");
		types.put(TypeKind.DOUBLE, "double precision");
		types.put(TypeKind.DECIMAL, "numeric");
		types.put(TypeKind.CHAR, "char");
		types.put(TypeKind.VARCHAR, "varchar");
		types.put(TypeKind.CLOB, "clob");
		types.put(TypeKind.VARBINARY, "varbinary");
		types.put(TypeKind.BINARY, "binary");
		types.put(TypeKind.BLOB, "blob");
		types.put(TypeKind.DATE, "date");
		types.put(TypeKind.TIME, "time");
		types.put(TypeKind.TIME_TZ, "time with time zone");
		types.put(TypeKind.TIMESTAMP, "timestamp(6)");
		types.put(TypeKind.TIMESTAMP_TZ, "timestamp(6) with time zone");
		types.put(TypeKind.UUID, "uuid");
		types.put(TypeKind.INET, "varbinary");
		types.put(TypeKind.JSON, "json");
		return types;
	}

	/**
	 * The name of a type kind, before any length or precision: this dialect's own name where it has one, else SQL's.
	 * @param kind the type kind
	 * @return the type's name on this database
	 */
	protected final String sizedTypeName(TypeKind kind) {
		String name = ownTypeNames().getOrDefault(kind, STANDARD_TYPES.get(kind));
		if (name == null) {
			throw new IllegalArgumentException("No type name for " + kind);
		}
		return name;
	}

	/**
	 * The type names this database writes differently from SQL's own, as Hibernate writes them for it.
	 * @return names by kind; kinds not in it take SQL's name
	 */
	protected abstract Map<TypeKind, String> ownTypeNames();

	/**
	 * The type and clause of a column whose value the database generates; SQL's identity column by default.
	 * @param column the identity column
	 * @return the column's type and identity clause
	 */
	protected String identityColumnType(Column column) {
		return typeName(column.type()) + " generated by default as identity";
	}

	/** Whether the identity clause already declares the primary key (SQLite's {@code integer primary key}). */
	protected boolean identityDeclaresPrimaryKey() {
		return false;
	}

	@Override
	public List<String> createTable(Table table, List<ForeignKey> foreignKeys) {
		List<String> definitions = new ArrayList<>();
		boolean primaryKeyDeclared = false;
		for (Column column : table.columns()) {
			// Unique columns get a named constraint below, which the next start recognises.
			definitions.add(columnDefinition(column, new ColumnAddition(!column.nullable(), null), false));
			primaryKeyDeclared |= column.identity() && identityDeclaresPrimaryKey();
		}
		if (!table.primaryKey().isEmpty() && !primaryKeyDeclared) {
			definitions.add("primary key " + columnList(table.primaryKey()));
		}
		List<String> separate = new ArrayList<>();
		for (Index index : table.indexes()) {
			if (index.unique() ? uniqueConstraintsInCreateTable() : indexesInCreateTable()) {
				definitions.add(indexDefinition(index));
			}
			else {
				separate.addAll(createIndex(table.name(), index));
			}
		}
		foreignKeys.forEach((foreignKey) -> definitions.add(foreignKeyDefinition(foreignKey)));
		List<String> statements = new ArrayList<>();
		statements.add("create table " + quote(table.name()) + " (" + String.join(", ", definitions) + ")" + tableOptions());
		table.columns().forEach((column) -> statements.addAll(columnComment(table.name(), column)));
		statements.addAll(separate);
		return statements;
	}

	/**
	 * Whether a new table's unique constraints are declared in its CREATE TABLE, under their names; true by default.
	 * @return true to declare them inline
	 */
	protected boolean uniqueConstraintsInCreateTable() {
		return true;
	}

	/**
	 * Whether a new table's plain indexes are declared in its CREATE TABLE, under their names; false by default,
	 * since standard SQL has no such clause.
	 * @return true to declare them inline
	 */
	protected boolean indexesInCreateTable() {
		return false;
	}

	/**
	 * An index's or unique constraint's definition inside CREATE TABLE.
	 * @param index the index
	 * @return its definition
	 */
	protected String indexDefinition(Index index) {
		return (index.unique() ? "constraint " + quote(index.name()) + " unique " : "index " + quote(index.name()) + " ")
				+ columnList(index.columns());
	}

	/**
	 * Joins the statements that start {@code alter table <table> add } into one, where {@link #addsInOneStatement}
	 * writes one.
	 */
	@Override
	public List<String> combineAdditions(TableName table, List<String> statements) {
		String prefix = "alter table " + quote(table) + " add ";
		List<String> additions = new ArrayList<>();
		List<String> others = new ArrayList<>();
		for (String statement : statements) {
			if (statement.startsWith(prefix)) {
				additions.add(statement.substring(prefix.length()));
			}
			else {
				others.add(statement);
			}
		}
		String combined = (additions.size() > 1) ? addsInOneStatement(table, additions) : null;
		if (combined == null) {
			return statements;
		}
		List<String> result = new ArrayList<>(List.of(combined));
		result.addAll(others);
		return result;
	}

	/**
	 * One ALTER TABLE making several additions, or {@code null} where the database takes one per statement. By
	 * default the standard form of several clauses: {@code alter table t add column a ..., add constraint ...}.
	 * @param table the table
	 * @param additions what each addition adds, as written after {@code add} ({@code column a integer},
	 * {@code constraint uk unique (a)})
	 * @return the statement, or {@code null}
	 */
	protected @Nullable String addsInOneStatement(TableName table, List<String> additions) {
		return "alter table " + quote(table) + " add " + String.join(", add ", additions);
	}

	/**
	 * The statements that set a new column's comment, after the column exists: none by default (SQLite keeps no
	 * comments; MySQL declares them inline).
	 * @param table the table
	 * @param column the column
	 * @return the statements
	 */
	protected List<String> columnComment(TableName table, Column column) {
		return List.of();
	}

	/**
	 * The standard {@code comment on column} statement, where the column has a comment.
	 * @param table the table
	 * @param column the column
	 * @return the statement, or none
	 */
	protected List<String> commentOnColumn(TableName table, Column column) {
		if (column.comment() == null) {
			return List.of();
		}
		return List.of("comment on column " + quote(table) + "." + quote(column.name()) + " is "
				+ stringLiteral(column.comment()));
	}

	/**
	 * A comment as an SQL string literal, its quotes doubled, so that it ends where the comment does.
	 * @param comment the text
	 * @return the quoted literal
	 */
	protected String stringLiteral(String comment) {
		return "'" + comment.replace("'", "''") + "'";
	}

	/**
	 * What follows a table's column list in {@code create table}, with its leading space; empty by default.
	 * @return the table options
	 */
	protected String tableOptions() {
		return "";
	}

	@Override
	public List<String> addColumn(Table table, Column column, ColumnAddition addition) {
		List<String> statements = new ArrayList<>();
		statements.add("alter table " + quote(table.name()) + " add column " + columnDefinition(column, addition, false));
		statements.addAll(columnComment(table.name(), column));
		return statements;
	}

	/** Unique constraints are named constraints; other indexes are plain indexes. */
	@Override
	public List<String> createIndex(TableName table, Index index) {
		if (index.unique()) {
			return List.of("alter table " + quote(table) + " add constraint " + quote(index.name()) + " unique "
					+ columnList(index.columns()));
		}
		return List.of("create index " + quote(index.name()) + " on " + quote(table) + " " + columnList(index.columns()));
	}

	@Override
	public List<String> addForeignKey(TableName table, ForeignKey foreignKey) {
		return List.of("alter table " + quote(table) + " add " + foreignKeyDefinition(foreignKey));
	}

	/**
	 * A foreign key's definition, as in CREATE TABLE or ALTER TABLE ... ADD.
	 * @param foreignKey the foreign key
	 * @return its definition
	 */
	protected String foreignKeyDefinition(ForeignKey foreignKey) {
		String onDelete = foreignKey.onDelete().sql();
		return "constraint " + quote(foreignKey.name()) + " foreign key " + columnList(foreignKey.columns())
				+ " references " + quote(foreignKey.referencedTable()) + " " + columnList(foreignKey.referencedColumns())
				+ (onDelete.isEmpty() ? "" : " on delete " + onDelete);
	}

	@Override
	public String duplicatesQuery(TableName table, List<Identifier> columns) {
		String names = columns.stream().map(this::quote).collect(Collectors.joining(", "));
		String notNull = columns.stream().map((column) -> quote(column) + " is not null").collect(Collectors.joining(" and "));
		return "select " + names + " from " + quote(table) + " where " + notNull + " group by " + names
				+ " having count(*) > 1";
	}

	/**
	 * A parenthesised list of columns.
	 * @param columns the columns
	 * @return {@code (a, b)}
	 */
	protected String columnList(List<Identifier> columns) {
		return columns.stream().map(this::quote).collect(Collectors.joining(", ", "(", ")"));
	}

	/**
	 * One column's definition.
	 * @param column the column
	 * @param addition whether it is NOT NULL, and its default
	 * @param withUnique whether to declare a unique column unique inline (AutoMigrate's own DDL names the constraint
	 * separately instead)
	 * @return the definition
	 */
	protected String columnDefinition(Column column, ColumnAddition addition, boolean withUnique) {
		StringBuilder sql = new StringBuilder(quote(column.name())).append(' ');
		sql.append(column.identity() ? identityColumnType(column) : typeName(column.type()));
		if (addition.defaultValue() != null) {
			sql.append(" default ").append(literal(addition.defaultValue()));
		}
		else if (column.defaultExpression() != null) {
			// The mapping's SQL default, as Hibernate writes it.
			sql.append(" default ").append(column.defaultExpression());
		}
		if (addition.notNull() && !ColumnType.declaresNotNull(column.type().definition())) {
			sql.append(" not null");
		}
		if (withUnique && column.unique()) {
			sql.append(" unique");
		}
		return sql.toString();
	}

	/**
	 * Writes a value as an SQL literal.
	 * @param value a number or a boolean
	 * @return the literal
	 */
	protected String literal(Object value) {
		return value.toString();
	}

	@Override
	public List<String> createSequence(Sequence sequence) {
		return List.of("create sequence " + quote(sequence.name()) + " start with " + sequence.start() + " increment by "
				+ sequence.increment());
	}

	@Override
	public String rowExistsQuery(TableName table) {
		return "select 1 from " + quote(table) + " limit 1";
	}

	@Override
	public boolean requiresDefaultForNotNullColumn() {
		return false;
	}

	@Override
	public ColumnType actualType(ColumnMetadata metadata) {
		String name = metadata.typeName().toLowerCase(Locale.ROOT);
		if (name.equals("uuid")) {
			return ColumnType.of(TypeKind.UUID);
		}
		if (name.equals("json") || name.equals("jsonb")) {
			return ColumnType.of(TypeKind.JSON);
		}
		int size = metadata.size();
		return switch (metadata.jdbcType()) {
			case Types.BOOLEAN -> ColumnType.of(TypeKind.BOOLEAN);
			case Types.BIT -> (size <= 1) ? ColumnType.of(TypeKind.BOOLEAN) : other(metadata);
			case Types.TINYINT -> ColumnType.of(TypeKind.TINYINT);
			case Types.SMALLINT -> ColumnType.of(TypeKind.SMALLINT);
			case Types.INTEGER -> ColumnType.of(TypeKind.INTEGER);
			case Types.BIGINT -> ColumnType.of(TypeKind.BIGINT);
			case Types.REAL -> ColumnType.of(TypeKind.REAL);
			case Types.FLOAT -> ColumnType.of((size > 0 && size <= 24) ? TypeKind.REAL : TypeKind.DOUBLE);
			case Types.DOUBLE -> ColumnType.of(TypeKind.DOUBLE);
			case Types.NUMERIC, Types.DECIMAL -> ColumnType.ofDecimal(size, metadata.decimalDigits());
			case Types.CHAR, Types.NCHAR -> ColumnType.ofLength(TypeKind.CHAR, size);
			case Types.VARCHAR, Types.NVARCHAR, Types.LONGVARCHAR, Types.LONGNVARCHAR -> ColumnType.ofLength(TypeKind.VARCHAR, size);
			case Types.CLOB, Types.NCLOB -> ColumnType.of(TypeKind.CLOB);
			case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> ColumnType.ofLength(TypeKind.VARBINARY, size);
			case Types.BLOB -> ColumnType.of(TypeKind.BLOB);
			case Types.DATE -> ColumnType.of(TypeKind.DATE);
			case Types.TIME -> ColumnType.of(TypeKind.TIME);
			case Types.TIME_WITH_TIMEZONE -> ColumnType.of(TypeKind.TIME_TZ);
			case Types.TIMESTAMP -> ColumnType.of(TypeKind.TIMESTAMP);
			case Types.TIMESTAMP_WITH_TIMEZONE -> ColumnType.of(TypeKind.TIMESTAMP_TZ);
			default -> other(metadata);
		};
	}

	@Override
	public String toString() {
		return name();
	}

	private static ColumnType other(ColumnMetadata metadata) {
		return ColumnType.of(TypeKind.OTHER).withDefinition(metadata.typeName());
	}

}
