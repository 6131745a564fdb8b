package io.github.automigrate.dialect;

import io.github.automigrate.model.ColumnType;

/**
 * How one database names the model's column types in DDL, how it stores them, and how it
 * reads a declared type back from its metadata: the type part of a {@link Dialect}, one
 * implementation per database. Members keep this order in every implementation:
 * {@link #name}, {@link #stored}, {@link #read}, then the hooks they call, in that order.
 */
public interface TypeNames {

	/**
	 * Names a column type in this database's SQL.
	 * @param type the type
	 * @return the type's SQL name
	 */
	String name(ColumnType type);

	/**
	 * How this database stores a mapped type, as its metadata reads it back: a type it
	 * has no name for is stored as another (SQLite stores a UUID as a blob). Comparing
	 * this, not the mapped type, with what the database has keeps the drift report free
	 * of differences that are only spelling.
	 * @param mapped the mapped type
	 * @return the type the database reports for it
	 */
	default ColumnType stored(ColumnType mapped) {
		return mapped;
	}

	/**
	 * Reads a column type from the database's metadata.
	 * @param metadata the column's metadata
	 * @return the type
	 */
	ColumnType read(ColumnMetadata metadata);

	/**
	 * One column's type as {@code DatabaseMetaData.getColumns} describes it, or as a
	 * catalog query declares it.
	 *
	 * @param jdbcType the {@code java.sql.Types} code ({@code OTHER} for a type read from
	 * its declaration)
	 * @param typeName the database's type name
	 * @param size the column size (length or precision)
	 * @param decimalDigits the scale
	 */
	record ColumnMetadata(int jdbcType, String typeName, int size, int decimalDigits) {
	}

}
