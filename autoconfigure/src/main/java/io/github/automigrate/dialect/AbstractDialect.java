package io.github.automigrate.dialect;

import java.util.ArrayList;
import java.util.List;
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

/**
 * The DDL most databases share; each dialect overrides what its database writes
 * differently, through the hooks that follow each statement here. Its members keep
 * {@link Dialect}'s order. Longer than most classes because it is the one place that
 * writes every kind of statement: split, each part would call back into the others for
 * quoting, column definitions and literals.
 */
public abstract class AbstractDialect implements Dialect {

	private final Identifiers identifiers;

	private final TypeNames types;

	protected AbstractDialect(Identifiers identifiers, TypeNames types) {
		this.identifiers = identifiers;
		this.types = types;
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
	public String nameKey(Identifier identifier) {
		return this.identifiers.key(identifier);
	}

	@Override
	public TypeNames types() {
		return this.types;
	}

	@Override
	public List<String> createTable(Table table, List<ForeignKey> foreignKeys) {
		// One builder for the statement, the columns written straight into it: a plan
		// creates every table of a cold start.
		StringBuilder create = new StringBuilder(48 * (table.columns().size() + 2)).append("create table ")
			.append(quote(table.name()))
			.append(" (");
		int start = create.length();
		boolean primaryKeyDeclared = false;
		for (Column column : table.columns()) {
			// Unique columns get a named constraint below, which the next start
			// recognises.
			comma(create, start);
			appendColumnDefinition(create, column, new ColumnAddition(!column.nullable(), null), false);
			primaryKeyDeclared |= column.identity() && identityDeclaresPrimaryKey();
		}
		if (!table.primaryKey().isEmpty() && !primaryKeyDeclared) {
			comma(create, start).append("primary key ").append(columnList(table.primaryKey()));
		}
		List<String> separate = new ArrayList<>();
		for (Index index : table.indexes()) {
			if (index.unique() ? uniqueConstraintsInCreateTable() : indexesInCreateTable()) {
				comma(create, start).append(indexDefinition(index));
			}
			else {
				separate.addAll(createIndex(table.name(), index));
			}
		}
		for (ForeignKey foreignKey : foreignKeys) {
			comma(create, start).append(foreignKeyDefinition(foreignKey));
		}
		List<String> statements = new ArrayList<>();
		statements.add(create.append(')').append(tableOptions()).toString());
		table.columns().forEach((column) -> statements.addAll(columnComment(table.name(), column)));
		statements.addAll(separate);
		return statements;
	}

	/** A comma before a definition that is not the first. */
	private static StringBuilder comma(StringBuilder create, int start) {
		return (create.length() > start) ? create.append(", ") : create;
	}

	/**
	 * One column's definition.
	 * @param column the column
	 * @param addition whether it is NOT NULL, and its default
	 * @param withUnique whether to declare a unique column unique inline (AutoMigrate's
	 * own DDL names the constraint separately instead)
	 * @return the definition
	 */
	protected final String columnDefinition(Column column, ColumnAddition addition, boolean withUnique) {
		StringBuilder sql = new StringBuilder(64);
		appendColumnDefinition(sql, column, addition, withUnique);
		return sql.toString();
	}

	/**
	 * Writes one column's definition.
	 * @param sql where to write it
	 * @param column the column
	 * @param addition whether it is NOT NULL, and its default
	 * @param withUnique whether to declare a unique column unique inline (AutoMigrate's
	 * own DDL names the constraint separately instead)
	 */
	protected void appendColumnDefinition(StringBuilder sql, Column column, ColumnAddition addition,
			boolean withUnique) {
		sql.append(quote(column.name())).append(' ');
		sql.append(column.identity() ? identityColumnType(column) : this.types.name(column.type()));
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
	}

	/**
	 * The type and clause of a column whose value the database generates; SQL's identity
	 * column by default.
	 * @param column the identity column
	 * @return the column's type and identity clause
	 */
	protected String identityColumnType(Column column) {
		return this.types.name(column.type()) + " generated by default as identity";
	}

	/**
	 * Whether the identity clause already declares the primary key (SQLite's
	 * {@code integer primary key}).
	 */
	protected boolean identityDeclaresPrimaryKey() {
		return false;
	}

	/**
	 * Writes a value as an SQL literal.
	 * @param value a number or a boolean
	 * @return the literal
	 */
	protected String literal(Object value) {
		return value.toString();
	}

	/**
	 * Whether a new table's unique constraints are declared in its CREATE TABLE, under
	 * their names; true by default.
	 * @return true to declare them inline
	 */
	protected boolean uniqueConstraintsInCreateTable() {
		return true;
	}

	/**
	 * Whether a new table's plain indexes are declared in its CREATE TABLE, under their
	 * names; false by default, since standard SQL has no such clause.
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
		return (index.unique() ? "constraint " + quote(index.name()) + " unique "
				: "index " + quote(index.name()) + " ") + columnList(index.columns());
	}

	/**
	 * What follows a table's column list in {@code create table}, with its leading space;
	 * empty by default.
	 * @return the table options
	 */
	protected String tableOptions() {
		return "";
	}

	/**
	 * The statements that set a new column's comment, after the column exists: none by
	 * default (SQLite keeps no comments; MySQL declares them inline).
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
	 * A comment as an SQL string literal, its quotes doubled, so that it ends where the
	 * comment does.
	 * @param comment the text
	 * @return the quoted literal
	 */
	protected String stringLiteral(String comment) {
		return "'" + comment.replace("'", "''") + "'";
	}

	@Override
	public List<String> addColumn(Table table, Column column, ColumnAddition addition) {
		List<String> statements = new ArrayList<>();
		statements
			.add("alter table " + quote(table.name()) + " add column " + columnDefinition(column, addition, false));
		statements.addAll(columnComment(table.name(), column));
		return statements;
	}

	/**
	 * Joins the statements that start with {@code alter table}, the table's name and
	 * {@code add} into one, where {@link #addsInOneStatement} writes one.
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
	 * One ALTER TABLE making several additions, or {@code null} where the database takes
	 * one per statement. By default the standard form of several clauses:
	 * {@code alter table t add column a ..., add constraint ...}.
	 * @param table the table
	 * @param additions what each addition adds, as written after {@code add}
	 * ({@code column a integer}, {@code constraint uk unique (a)})
	 * @return the statement, or {@code null}
	 */
	protected @Nullable String addsInOneStatement(TableName table, List<String> additions) {
		return "alter table " + quote(table) + " add " + String.join(", add ", additions);
	}

	/** Unique constraints are named constraints; other indexes are plain indexes. */
	@Override
	public List<String> createIndex(TableName table, Index index) {
		if (index.unique()) {
			return List.of("alter table " + quote(table) + " add constraint " + quote(index.name()) + " unique "
					+ columnList(index.columns()));
		}
		return List
			.of("create index " + quote(index.name()) + " on " + quote(table) + " " + columnList(index.columns()));
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
				+ " references " + quote(foreignKey.referencedTable()) + " "
				+ columnList(foreignKey.referencedColumns()) + (onDelete.isEmpty() ? "" : " on delete " + onDelete);
	}

	@Override
	public List<String> createSequence(Sequence sequence) {
		return List.of("create sequence " + quote(sequence.name()) + " start with " + sequence.start()
				+ " increment by " + sequence.increment());
	}

	@Override
	public String duplicatesQuery(TableName table, List<Identifier> columns) {
		String names = columns.stream().map(this::quote).collect(Collectors.joining(", "));
		String notNull = columns.stream()
			.map((column) -> quote(column) + " is not null")
			.collect(Collectors.joining(" and "));
		return "select " + names + " from " + quote(table) + " where " + notNull + " group by " + names
				+ " having count(*) > 1";
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
	public String toString() {
		return name();
	}

	/**
	 * A parenthesised list of columns.
	 * @param columns the columns
	 * @return {@code (a, b)}
	 */
	protected String columnList(List<Identifier> columns) {
		StringBuilder list = new StringBuilder(16 * columns.size()).append('(');
		for (int i = 0; i < columns.size(); i++) {
			list.append((i > 0) ? ", " : "").append(quote(columns.get(i)));
		}
		return list.append(')').toString();
	}

}
