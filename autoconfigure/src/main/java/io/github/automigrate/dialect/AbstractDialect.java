package io.github.automigrate.dialect;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

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
		return switch (type.kind()) {
			case CHAR, VARCHAR, VARBINARY -> sizedTypeName(type.kind()) + "(" + type.length() + ")";
			case DECIMAL -> sizedTypeName(type.kind()) + "(" + type.precision() + "," + type.scale() + ")";
			default -> sizedTypeName(type.kind());
		};
	}

	/**
	 * The name of a type kind, before any length or precision.
	 * @param kind the type kind
	 * @return the type's name on this database
	 */
	protected abstract String sizedTypeName(TypeKind kind);

	/**
	 * The type and clause of a column whose value the database generates.
	 * @param column the identity column
	 * @return the column's type and identity clause
	 */
	protected abstract String identityColumnType(Column column);

	/** Whether the identity clause already declares the primary key (SQLite's {@code integer primary key}). */
	protected boolean identityDeclaresPrimaryKey() {
		return false;
	}

	@Override
	public List<String> createTable(Table table) {
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
		if (foreignKeysInCreateTable()) {
			table.foreignKeys().forEach((foreignKey) -> definitions.add(foreignKeyDefinition(foreignKey)));
		}
		List<String> statements = new ArrayList<>();
		statements.add("create table " + quote(table.name()) + " (" + String.join(", ", definitions) + ")" + tableOptions());
		table.columns().forEach((column) -> statements.addAll(columnComment(table.name(), column)));
		table.indexes().forEach((index) -> statements.addAll(createIndex(table.name(), index)));
		return statements;
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
	 * A comment as an SQL string literal.
	 * @param comment the text
	 * @return the quoted literal
	 */
	protected static String stringLiteral(String comment) {
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
		return "constraint " + quote(foreignKey.name()) + " foreign key " + columnList(foreignKey.columns())
				+ " references " + quote(foreignKey.referencedTable()) + " " + columnList(foreignKey.referencedColumns());
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
		if (addition.notNull()) {
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
			case Types.TIME, Types.TIME_WITH_TIMEZONE -> ColumnType.of(TypeKind.TIME);
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
