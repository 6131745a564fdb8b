package io.github.automigrate.introspect;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.github.automigrate.dialect.Dialect;
import io.github.automigrate.dialect.H2Dialect;
import io.github.automigrate.dialect.HsqldbDialect;
import io.github.automigrate.dialect.MySqlDialect;
import io.github.automigrate.dialect.PostgreSqlDialect;
import io.github.automigrate.dialect.SqliteDialect;
import io.github.automigrate.dialect.TypeNames.ColumnMetadata;

/**
 * The catalog queries of one database, each written beside the code that reads its rows
 * into the typed rows below: one query per kind of object for a whole schema. One
 * implementation per database; its members keep this order: system tables, columns,
 * indexes, foreign keys, sequences, fingerprint. A query left empty is one the database
 * does not need or cannot answer, as each method says.
 */
interface Catalog {

	/**
	 * Whether a table the metadata lists is the database's own and never the
	 * application's.
	 * @param name the table name
	 * @return true for a system table
	 */
	default boolean isSystemTable(String name) {
		return false;
	}

	/**
	 * Every column of a schema, for a database whose catalog answers faster (or more
	 * completely) than its driver's {@code DatabaseMetaData.getColumns}; empty to use
	 * that.
	 * @return the query, or empty
	 */
	default Optional<CatalogQuery<ColumnRow>> columns() {
		return Optional.empty();
	}

	/**
	 * The indexes and unique constraints of a schema's tables, primary keys excluded,
	 * ordered by table, index and column position.
	 * @return the query, or empty when the database cannot read them (then they are never
	 * compared)
	 */
	Optional<CatalogQuery<IndexRow>> indexes();

	/**
	 * The foreign keys of a schema's tables, ordered by table, constraint and column
	 * position.
	 * @return the query, or empty when the database cannot read them (then they are never
	 * compared)
	 */
	Optional<CatalogQuery<ForeignKeyRow>> foreignKeys();

	/**
	 * The names of a schema's sequences.
	 * @return the query, or empty when the database has no sequences
	 */
	Optional<CatalogQuery<String>> sequences();

	/**
	 * A single value that changes whenever anything the introspection reads of a schema
	 * changes: its tables, columns (name, type, nullability), indexes, unique
	 * constraints, foreign keys and sequences. Equal values mean an unchanged catalog, so
	 * a start that finds the entities unchanged too can skip the full comparison; no row,
	 * or an empty value, means no fingerprint.
	 * @return the query, or empty when the database has no cheap fingerprint (every start
	 * then compares in full)
	 */
	default Optional<CatalogQuery<String>> fingerprint() {
		return Optional.empty();
	}

	/**
	 * The catalog of a dialect's database.
	 * @param dialect the dialect
	 * @return its catalog
	 */
	static Catalog of(Dialect dialect) {
		if (dialect instanceof H2Dialect) {
			return new H2Catalog();
		}
		if (dialect instanceof HsqldbDialect) {
			return new HsqldbCatalog();
		}
		if (dialect instanceof MySqlDialect) {
			return new MySqlCatalog(dialect.hasSequences());
		}
		if (dialect instanceof PostgreSqlDialect) {
			return new PostgreSqlCatalog();
		}
		if (dialect instanceof SqliteDialect) {
			return new SqliteCatalog();
		}
		throw new IllegalArgumentException("No catalog reader for the dialect " + dialect.name());
	}

	/**
	 * One column of a table.
	 *
	 * @param table the table's name, as stored
	 * @param column the column's name, as stored
	 * @param type the column's type, as the database describes it
	 * @param nullable whether it takes nulls
	 */
	record ColumnRow(String table, String column, ColumnMetadata type, boolean nullable) {
	}

	/**
	 * One column of an index or unique constraint.
	 *
	 * @param table the table's name, as stored
	 * @param index the index's name
	 * @param column the column's name
	 * @param unique whether the index is unique
	 */
	record IndexRow(String table, String index, String column, boolean unique) {
	}

	/**
	 * One column of a foreign key.
	 *
	 * @param table the referencing table's name, as stored
	 * @param constraint the constraint's name
	 * @param column the referencing column
	 * @param referencedSchema the referenced table's schema, or {@code null} for the same
	 * schema
	 * @param referencedTable the referenced table
	 * @param referencedColumn the referenced column, or {@code null} when the database
	 * does not say
	 */
	record ForeignKeyRow(String table, String constraint, String column, @Nullable String referencedSchema,
			String referencedTable, @Nullable String referencedColumn) {
	}

}
