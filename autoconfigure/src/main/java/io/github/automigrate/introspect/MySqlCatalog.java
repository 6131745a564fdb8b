package io.github.automigrate.introspect;

import java.util.Optional;

/**
 * MySQL's and MariaDB's catalog: {@code information_schema}, where a schema is a database
 * ({@code database()} by default). Sequences are read only where the server has them
 * (MariaDB 10.3+); the fingerprint is a digest per catalog view, computed by the server.
 */
final class MySqlCatalog implements Catalog {

	private final boolean sequences;

	/**
	 * Creates the catalog of one server.
	 * @param sequences whether the server has sequences
	 */
	MySqlCatalog(boolean sequences) {
		this.sequences = sequences;
	}

	@Override
	public Optional<CatalogQuery<IndexRow>> indexes() {
		// InnoDB indexes every foreign key under the constraint's name: that index is the
		// key's, not one to compare.
		return Optional.of(CatalogQuery.of("select s.TABLE_NAME, s.INDEX_NAME, s.COLUMN_NAME, s.NON_UNIQUE = 0,"
				+ " s.SEQ_IN_INDEX from information_schema.STATISTICS s where s.TABLE_SCHEMA = coalesce(?, database())"
				+ " and s.INDEX_NAME <> 'PRIMARY' and not exists (select 1 from information_schema.TABLE_CONSTRAINTS c"
				+ " where c.TABLE_SCHEMA = s.TABLE_SCHEMA and c.TABLE_NAME = s.TABLE_NAME"
				+ " and c.CONSTRAINT_NAME = s.INDEX_NAME and c.CONSTRAINT_TYPE = 'FOREIGN KEY')"
				+ " order by s.TABLE_NAME, s.INDEX_NAME, s.SEQ_IN_INDEX",
				(row, number) -> new IndexRow(row.getString(1), row.getString(2), row.getString(3),
						row.getBoolean(4))));
	}

	@Override
	public Optional<CatalogQuery<ForeignKeyRow>> foreignKeys() {
		return Optional.of(CatalogQuery.of("select k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, case when"
				+ " k.REFERENCED_TABLE_SCHEMA <> k.TABLE_SCHEMA then k.REFERENCED_TABLE_SCHEMA end,"
				+ " k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME from information_schema.KEY_COLUMN_USAGE k"
				+ " where k.TABLE_SCHEMA = coalesce(?, database()) and k.REFERENCED_TABLE_NAME is not null"
				+ " order by k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION",
				(row, number) -> new ForeignKeyRow(row.getString(1), row.getString(2), row.getString(3),
						row.getString(4), row.getString(5), row.getString(6))));
	}

	@Override
	public Optional<CatalogQuery<String>> sequences() {
		if (!this.sequences) {
			return Optional.empty();
		}
		return Optional.of(CatalogQuery.of(
				"select TABLE_SCHEMA, TABLE_NAME from information_schema.TABLES"
						+ " where TABLE_TYPE = 'SEQUENCE' and TABLE_SCHEMA = coalesce(?, database())",
				(row, number) -> row.getString(2)));
	}

	@Override
	public Optional<CatalogQuery<String>> fingerprint() {
		// One digest per catalog view, computed by the server: a count and a sum of
		// 60-bit row hashes (exact decimal arithmetic, and free of group_concat's length
		// limit).
		return Optional.of(CatalogQuery.of("select concat_ws('/',"
				+ rowDigest("TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE", "COLUMNS", "") + ", "
				+ rowDigest("TABLE_NAME, INDEX_NAME, COLUMN_NAME, NON_UNIQUE, SEQ_IN_INDEX", "STATISTICS", "") + ", "
				+ rowDigest(
						"TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, ORDINAL_POSITION, REFERENCED_TABLE_SCHEMA,"
								+ " REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME",
						"KEY_COLUMN_USAGE", " and REFERENCED_TABLE_NAME is not null")
				+ ", " + rowDigest("TABLE_NAME, TABLE_TYPE", "TABLES", "") + ")", (row, number) -> row.getString(1)));
	}

	private static String rowDigest(String columns, String view, String condition) {
		return "(select concat(count(*), ':', coalesce(sum(cast(conv(substr(md5(concat_ws(',', " + columns
				+ ")), 1, 15), 16, 10) as unsigned)), 0)) from information_schema." + view
				+ " where TABLE_SCHEMA = coalesce(?, database())" + condition + ")";
	}

}
