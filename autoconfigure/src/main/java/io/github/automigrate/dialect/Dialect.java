package io.github.automigrate.dialect;

import java.util.List;
import java.util.Optional;

import io.github.automigrate.model.Column;
import io.github.automigrate.model.ColumnType;
import io.github.automigrate.model.ForeignKey;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Index;
import io.github.automigrate.model.Sequence;
import io.github.automigrate.model.SqlText;
import io.github.automigrate.model.Table;
import io.github.automigrate.model.TableName;

/**
 * Everything that differs between databases: identifier quoting, type names, DDL text, catalog queries and
 * capabilities. The pipeline asks the dialect and never tests which database it runs on.
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
	 * The name under which the database stores an identifier, as its metadata reports it (for metadata patterns).
	 * @param identifier the identifier
	 * @return the stored name
	 */
	String stored(Identifier identifier);

	/**
	 * Whether a table the metadata lists is the database's own and never the application's.
	 * @param name the table name
	 * @return true for a system table
	 */
	default boolean isSystemTable(String name) {
		return false;
	}

	/**
	 * Where this database puts a mapped name: in the annotation's schema, or (MySQL, whose databases are catalogs) in
	 * its catalog. The result's catalog is always {@code null}; its schema is the namespace to read and write.
	 * @param mapped the name as mapped
	 * @return the name in this database's terms
	 */
	default TableName namespaced(TableName mapped) {
		return new TableName(schemasAreCatalogs() ? mapped.catalog() : mapped.schema(), mapped.name());
	}

	/**
	 * Writes a table name for SQL, with its schema when it has one.
	 * @param name the table name
	 * @return its SQL form
	 */
	default String quote(TableName name) {
		return (name.schema() != null) ? quote(name.schema()) + "." + quote(name.name()) : quote(name.name());
	}

	/**
	 * Names a column type in this database's SQL.
	 * @param type the type
	 * @return the type's SQL name
	 */
	String typeName(ColumnType type);

	/**
	 * The statements that create a table, with its primary key and NOT NULL columns, then its indexes and unique
	 * constraints, and its foreign keys where {@link #foreignKeysInCreateTable()} says so.
	 * @param table the table
	 * @return the statements, in order
	 */
	default List<String> createTable(Table table) {
		return createTable(table, foreignKeysInCreateTable() ? table.foreignKeys() : List.of());
	}

	/**
	 * The statements that create a table, declaring the given foreign keys in its {@code CREATE TABLE}: the tables
	 * they refer to exist (or it is the table itself). Its unique constraints, and where the database declares them
	 * there its indexes, are declared in it too, under their names.
	 * @param table the table
	 * @param foreignKeys the foreign keys to declare in it
	 * @return the statements, in order
	 */
	List<String> createTable(Table table, List<ForeignKey> foreignKeys);

	/**
	 * The statements that make several additions to one existing table, with as many of their
	 * {@code ALTER TABLE ... ADD} statements joined into one as the database takes in one; the other statements
	 * follow it in their order. Unchanged where the database takes one addition per statement.
	 * @param table the table
	 * @param statements the additions' statements, in order
	 * @return the statements, in order
	 */
	default List<String> combineAdditions(TableName table, List<String> statements) {
		return statements;
	}

	/**
	 * The statements that add a column to an existing table.
	 * @param table the table
	 * @param column the column
	 * @param addition how the planner decided to add it
	 * @return the statements, in order
	 */
	List<String> addColumn(Table table, Column column, ColumnAddition addition);

	/**
	 * The statements that create a sequence, or on a database without sequences the one-row table Hibernate uses
	 * instead, with its first row.
	 * @param sequence the sequence
	 * @return the statements, in order
	 */
	List<String> createSequence(Sequence sequence);

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
	 * Why this database cannot add a foreign key to an existing table, or empty when it can.
	 * @return the reason, for the report
	 */
	default Optional<String> foreignKeyAdditionUnsupported() {
		return Optional.empty();
	}

	/**
	 * Whether index and unique constraint names are kept once per schema rather than once per table (PostgreSQL,
	 * where they are relations; H2; SQLite), so that one name on two tables fails on the second.
	 * @return true if they are unique per schema
	 */
	default boolean indexNamesPerSchema() {
		return true;
	}

	/**
	 * Whether foreign key names are kept once per schema rather than once per table (H2; MySQL and MariaDB, per
	 * database), so that one name on two tables fails on the second.
	 * @return true if they are unique per schema
	 */
	default boolean foreignKeyNamesPerSchema() {
		return false;
	}

	/**
	 * Whether Hibernate's {@code native} identifier generator draws from a sequence here ({@code <table>_seq}) rather
	 * than an identity column, as Hibernate 7's dialect for this database decides.
	 * @return true where the native generation is a sequence
	 */
	default boolean nativeGenerationIsSequence() {
		return false;
	}

	/**
	 * Whether all of a new table's foreign keys are declared in its CREATE TABLE, even those to tables created later
	 * (the database must accept such forward references). Elsewhere only those to tables that exist by then are
	 * declared there, and the edges of a reference cycle are added once every new table exists.
	 * @return true to declare them all inline
	 */
	default boolean foreignKeysInCreateTable() {
		return false;
	}

	/**
	 * A query listing every column of a schema, as rows of (table name, column name, declared type, NOT NULL flag),
	 * for a database whose catalog answers faster (or more completely) than its driver's
	 * {@code DatabaseMetaData.getColumns}; empty to use that. The query takes one parameter: the schema as stored,
	 * or {@code null} for the connection's current schema.
	 * @return the query, or empty
	 */
	default Optional<String> columnsQuery() {
		return Optional.empty();
	}

	/**
	 * A query listing the indexes and unique constraints of a schema's tables, primary keys excluded, as rows of
	 * (table name, index name, column name, unique flag), ordered by table, index and column position. Every
	 * parameter is the schema, or {@code null} for the connection's default schema.
	 * @return the query, or empty when this dialect cannot read them (then they are never compared)
	 */
	default Optional<String> indexesQuery() {
		return Optional.empty();
	}

	/**
	 * A query listing the foreign keys of a schema's tables, as rows of (table name, constraint name, column name,
	 * referenced schema or {@code null} for the same schema, referenced table, referenced column), ordered by table,
	 * constraint and column position. Every parameter is the schema, or {@code null} for the connection's default
	 * schema.
	 * @return the query, or empty when this dialect cannot read them (then they are never compared)
	 */
	default Optional<String> foreignKeysQuery() {
		return Optional.empty();
	}

	/**
	 * Whether foreign keys are read from the standard {@code information_schema} views with two plain queries joined
	 * here, instead of {@link #foreignKeysQuery()}: for a database that evaluates a join of those views row by row
	 * (H2 rebuilds them per row, which grows with the square of the number of tables).
	 * @return true to read them that way
	 */
	default boolean foreignKeysFromInformationSchema() {
		return false;
	}

	/**
	 * A query whose single value changes whenever anything the introspection reads of a schema changes: its tables,
	 * columns (name, type, nullability), indexes, unique constraints, foreign keys and sequences. Equal values mean
	 * an unchanged catalog, so a start that finds the entities unchanged too can skip the full comparison. Every
	 * parameter is the schema, or {@code null} for the connection's default schema; a query that returns no row, or
	 * an empty one, means no fingerprint.
	 * @return the query, or empty when this database has no cheap fingerprint (every start then compares in full)
	 */
	default Optional<String> catalogFingerprintQuery() {
		return Optional.empty();
	}

	/**
	 * A query that returns a row when some rows share values in the columns (none of them null), so that a unique
	 * constraint on them would fail.
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
	 * A query listing the sequences of a schema, as rows of (schema, name); empty when the database has none.
	 * Its single parameter is the schema, or {@code null} for the connection's default schema.
	 * @return the query, if the database has sequences
	 */
	Optional<String> sequencesQuery();

	/**
	 * Whether the database's metadata files a schema under the JDBC catalog rather than the JDBC schema. MySQL and
	 * MariaDB do: there a "database" is a catalog, so a schema the mapping names is read as another database.
	 * (Hibernate's MySQL dialects ignore {@code @Table(schema = ...)} and qualify by {@code catalog} only.)
	 * @return true to introspect catalog = schema name, schema = {@code null}
	 */
	default boolean schemasAreCatalogs() {
		return false;
	}

	/**
	 * Whether a NOT NULL column can only be added with a default, even to an empty table.
	 * @return true if it needs a default
	 */
	boolean requiresDefaultForNotNullColumn();

	/**
	 * How this database stores a mapped type, as its metadata reads it back: a type it has no name for is stored as
	 * another (SQLite stores a UUID as a blob). Comparing this, not the mapped type, with what the database has keeps
	 * the drift report free of differences that are only spelling.
	 * @param mapped the mapped type
	 * @return the type the database reports for it
	 */
	default ColumnType storedType(ColumnType mapped) {
		return mapped;
	}

	/**
	 * The lock that serialises schema changes between application instances.
	 * @return the lock
	 */
	default SchemaLock schemaLock() {
		return Locks.inProcess();
	}

	/**
	 * How this database quotes strings and identifiers, so that a statement is read as the database will read it
	 * before it runs.
	 * @return the syntax: by default, single-quoted strings and double-quoted identifiers
	 */
	default SqlText.Syntax sqlSyntax() {
		return new SqlText.Syntax("'", "\"", false, false, false);
	}

	/**
	 * Whether DDL takes part in transactions, so that a plan applies all or nothing.
	 * @return true where a rollback undoes DDL
	 */
	default boolean transactionalDdl() {
		return false;
	}

	/**
	 * Reads a column type from the driver's metadata.
	 * @param metadata the column's metadata
	 * @return the type
	 */
	ColumnType actualType(ColumnMetadata metadata);

	/**
	 * How to add one column: whether NOT NULL is declared, and the default existing rows get.
	 *
	 * @param notNull whether to declare the column NOT NULL
	 * @param defaultValue the value of a DEFAULT clause, or {@code null} for none
	 */
	record ColumnAddition(boolean notNull, @org.jspecify.annotations.Nullable Object defaultValue) {
	}

	/**
	 * One column as {@code DatabaseMetaData.getColumns} describes it.
	 *
	 * @param jdbcType the {@code java.sql.Types} code
	 * @param typeName the database's type name
	 * @param size the column size (length or precision)
	 * @param decimalDigits the scale
	 */
	record ColumnMetadata(int jdbcType, String typeName, int size, int decimalDigits) {
	}

}
