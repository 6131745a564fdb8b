package io.github.automigrate.dialect;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.github.automigrate.model.Column;
import io.github.automigrate.model.ForeignKey;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Index;
import io.github.automigrate.model.Sequence;
import io.github.automigrate.model.SqlText;
import io.github.automigrate.model.Table;
import io.github.automigrate.model.TableName;

/**
 * What differs between databases when AutoMigrate writes to them: identifier quoting, the
 * DDL of each change, the probes the planner runs on a table's rows, and capabilities,
 * with the lock. The pipeline asks the dialect and never tests which database it runs on.
 * Naming types is a part of its own ({@link #types()}); reading the catalog is
 * {@code introspect}'s, one class per database beside the code that reads its rows.
 * <p>
 * Every dialect class, this interface included, lists its members in one order, so that
 * two dialects read side by side: constants and fields; constructors and factory methods;
 * then by role — {@link #name() the name}; identifiers and SQL syntax; {@link #types()
 * type names}; DDL, in the order a schema grows (create table, then the hooks it calls;
 * add column; combined additions; indexes; foreign keys; sequences); data probes;
 * capabilities; the lock; and last the private helpers and nested types.
 * <p>
 * Longer than most classes here: it is the whole contract of a database, one documented
 * method per difference; the code is in the implementations.
 */
public interface Dialect {

	/** The database's name, as shown in the report. */
	String name();

	/**
	 * Writes an identifier for SQL, quoted only where the database needs it.
	 * @param identifier the identifier
	 * @return its SQL form
	 */
	String quote(Identifier identifier);

	/**
	 * Writes a table name for SQL, with its schema when it has one.
	 * @param name the table name
	 * @return its SQL form
	 */
	default String quote(TableName name) {
		return (name.schema() != null) ? quote(name.schema()) + "." + quote(name.name()) : quote(name.name());
	}

	/**
	 * The name under which the database stores an identifier, as its metadata reports it
	 * (for metadata patterns).
	 * @param identifier the identifier
	 * @return the stored name
	 */
	String stored(Identifier identifier);

	/**
	 * The key under which this database tells names apart: two identifiers with one key
	 * name one object here (a quoted {@code "ID"} and an unquoted {@code id} are one
	 * column on H2, two on PostgreSQL).
	 * @param identifier the identifier
	 * @return its key
	 */
	String nameKey(Identifier identifier);

	/**
	 * Where this database puts a mapped name: in the annotation's schema, or (MySQL,
	 * whose databases are catalogs) in its catalog. The result's catalog is always
	 * {@code null}; its schema is the namespace to read and write.
	 * @param mapped the name as mapped
	 * @return the name in this database's terms
	 */
	default TableName namespaced(TableName mapped) {
		return new TableName(schemasAreCatalogs() ? mapped.catalog() : mapped.schema(), mapped.name());
	}

	/**
	 * How this database quotes strings and identifiers, so that a statement is read as
	 * the database will read it before it runs.
	 * @return the syntax: by default, single-quoted strings and double-quoted identifiers
	 */
	default SqlText.Syntax sqlSyntax() {
		return new SqlText.Syntax("'", "\"", false, false, false);
	}

	/**
	 * How this database names column types, stores them, and reads them back.
	 * @return the type names
	 */
	TypeNames types();

	/**
	 * The statements that create a table, with its primary key and NOT NULL columns, then
	 * its indexes and unique constraints, and its foreign keys where
	 * {@link #foreignKeysInCreateTable()} says so.
	 * @param table the table
	 * @return the statements, in order
	 */
	default List<String> createTable(Table table) {
		return createTable(table, foreignKeysInCreateTable() ? table.foreignKeys() : List.of());
	}

	/**
	 * The statements that create a table, declaring the given foreign keys in its
	 * {@code CREATE TABLE}: the tables they refer to exist (or it is the table itself).
	 * Its unique constraints, and where the database declares them there its indexes, are
	 * declared in it too, under their names.
	 * @param table the table
	 * @param foreignKeys the foreign keys to declare in it
	 * @return the statements, in order
	 */
	List<String> createTable(Table table, List<ForeignKey> foreignKeys);

	/**
	 * The statements that add a column to an existing table.
	 * @param table the table
	 * @param column the column
	 * @param addition how the planner decided to add it
	 * @return the statements, in order
	 */
	List<String> addColumn(Table table, Column column, ColumnAddition addition);

	/**
	 * The statements that make several additions to one existing table, with as many of
	 * their {@code ALTER TABLE ... ADD} statements joined into one as the database takes
	 * in one; the other statements follow it in their order. Unchanged where the database
	 * takes one addition per statement.
	 * @param table the table
	 * @param statements the additions' statements, in order
	 * @return the statements, in order
	 */
	default List<String> combineAdditions(TableName table, List<String> statements) {
		return statements;
	}

	/**
	 * The statements that add an index, or a unique constraint, to an existing table.
	 * @param table the table
	 * @param index the index
	 * @return the statements, in order
	 */
	List<String> createIndex(TableName table, Index index);

	/**
	 * The statements that add a foreign key to an existing table. Only asked when
	 * {@link #foreignKeyAdditionUnsupported()} is empty.
	 * @param table the referencing table
	 * @param foreignKey the foreign key
	 * @return the statements, in order
	 */
	List<String> addForeignKey(TableName table, ForeignKey foreignKey);

	/**
	 * The statements that create a sequence, or on a database without sequences
	 * ({@link #hasSequences()}) the one-row table Hibernate uses instead, with its first
	 * row.
	 * @param sequence the sequence
	 * @return the statements, in order
	 */
	List<String> createSequence(Sequence sequence);

	/**
	 * A query that returns a row when some rows share values in the columns (none of them
	 * null), so that a unique constraint on them would fail.
	 * @param table the table
	 * @param columns the columns of the unique constraint
	 * @return the query
	 */
	String duplicatesQuery(TableName table, List<Identifier> columns);

	/**
	 * A query that returns a row when the table has at least one.
	 * @param table the table
	 * @return the query
	 */
	String rowExistsQuery(TableName table);

	/**
	 * Whether DDL takes part in transactions, so that a plan applies all or nothing.
	 * @return true where a rollback undoes DDL
	 */
	default boolean transactionalDdl() {
		return false;
	}

	/**
	 * Whether a NOT NULL column can only be added with a default, even to an empty table.
	 * @return true if it needs a default
	 */
	boolean requiresDefaultForNotNullColumn();

	/**
	 * Why this database cannot add a foreign key to an existing table, or empty when it
	 * can.
	 * @return the reason, for the report
	 */
	default Optional<String> foreignKeyAdditionUnsupported() {
		return Optional.empty();
	}

	/**
	 * Whether all of a new table's foreign keys are declared in its CREATE TABLE, even
	 * those to tables created later (the database must accept such forward references).
	 * Elsewhere only those to tables that exist by then are declared there, and the edges
	 * of a reference cycle are added once every new table exists.
	 * @return true to declare them all inline
	 */
	default boolean foreignKeysInCreateTable() {
		return false;
	}

	/**
	 * Whether index and unique constraint names are kept once per schema rather than once
	 * per table (PostgreSQL, where they are relations; H2; SQLite), so that one name on
	 * two tables fails on the second.
	 * @return true if they are unique per schema
	 */
	default boolean indexNamesPerSchema() {
		return true;
	}

	/**
	 * Whether foreign key names are kept once per schema rather than once per table (H2;
	 * MySQL and MariaDB, per database), so that one name on two tables fails on the
	 * second.
	 * @return true if they are unique per schema
	 */
	default boolean foreignKeyNamesPerSchema() {
		return false;
	}

	/**
	 * Whether Hibernate's {@code native} identifier generator draws from a sequence here
	 * (the table's name and {@code _seq}) rather than an identity column, as Hibernate
	 * 7's dialect for this database decides.
	 * @return true where the native generation is a sequence
	 */
	default boolean nativeGenerationIsSequence() {
		return false;
	}

	/**
	 * Whether the database has sequences; where it has none, Hibernate keeps a sequence's
	 * next value in a one-row table, which is read as a table.
	 * @return true where it has sequences
	 */
	default boolean hasSequences() {
		return true;
	}

	/**
	 * Whether the database's metadata files a schema under the JDBC catalog rather than
	 * the JDBC schema. MySQL and MariaDB do: there a "database" is a catalog, so a schema
	 * the mapping names is read as another database. (Hibernate's MySQL dialects ignore
	 * {@code @Table(schema = ...)} and qualify by {@code catalog} only.)
	 * @return true to introspect catalog = schema name, schema = {@code null}
	 */
	default boolean schemasAreCatalogs() {
		return false;
	}

	/**
	 * The lock that serialises schema changes between application instances.
	 * @return the lock
	 */
	default SchemaLock schemaLock() {
		return Locks.inProcess();
	}

	/**
	 * How to add one column: whether NOT NULL is declared, and the default existing rows
	 * get.
	 *
	 * @param notNull whether to declare the column NOT NULL
	 * @param defaultValue the value of a DEFAULT clause, or {@code null} for none
	 */
	record ColumnAddition(boolean notNull, @Nullable Object defaultValue) {
	}

}
