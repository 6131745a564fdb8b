package io.github.automigrate.introspect;

import java.util.Optional;

/**
 * SQLite's catalog: {@code sqlite_master} joined with the table-valued pragma functions,
 * one query per kind of object for every table. Only the main database is read (its
 * schema is {@code null} or {@code main}); attached databases are not. SQLite has no
 * sequences, and its fingerprint is the schema cookie.
 */
final class SqliteCatalog implements Catalog {

	@Override
	public boolean isSystemTable(String name) {
		return name.startsWith("sqlite_");
	}

	@Override
	public Optional<CatalogQuery<ColumnRow>> columns() {
		// The driver lists all columns with one compound query of a term per column,
		// which SQLite refuses past 500.
		return Optional.of(CatalogQuery.of(
				"select m.name, p.name, p.type, p.\"notnull\" from sqlite_master m"
						+ " join pragma_table_info(m.name) p where m.type = 'table' and coalesce(?, 'main') = 'main'"
						+ " order by m.name, p.cid",
				(row, number) -> new ColumnRow(row.getString(1), row.getString(2), DeclaredType.parse(row.getString(3)),
						!row.getBoolean(4))));
	}

	@Override
	public Optional<CatalogQuery<IndexRow>> indexes() {
		// The parameter keeps the query to the main database.
		return Optional.of(CatalogQuery.of("select m.name, il.name, ii.name, il.\"unique\" from sqlite_master m"
				+ " join pragma_index_list(m.name) il join pragma_index_info(il.name) ii"
				+ " where m.type = 'table' and m.name not like 'sqlite\\_%' escape '\\' and il.origin <> 'pk' and ? is null"
				+ " order by m.name, il.name, ii.seqno",
				(row, number) -> new IndexRow(row.getString(1), row.getString(2), row.getString(3),
						row.getBoolean(4))));
	}

	@Override
	public Optional<CatalogQuery<ForeignKeyRow>> foreignKeys() {
		// SQLite keeps no readable name for a foreign key: its id stands for it, and
		// foreign keys match by columns.
		return Optional.of(CatalogQuery.of(
				"select m.name, 'sqlite_fk_' || fk.id, fk.\"from\", null, fk.\"table\", fk.\"to\""
						+ " from sqlite_master m join pragma_foreign_key_list(m.name) fk"
						+ " where m.type = 'table' and m.name not like 'sqlite\\_%' escape '\\' and ? is null"
						+ " order by m.name, fk.id, fk.seq",
				(row, number) -> new ForeignKeyRow(row.getString(1), row.getString(2), row.getString(3),
						row.getString(4), row.getString(5), row.getString(6))));
	}

	@Override
	public Optional<CatalogQuery<String>> sequences() {
		return Optional.empty();
	}

	@Override
	public Optional<CatalogQuery<String>> fingerprint() {
		// The schema cookie: SQLite increments it in the file's header on every schema
		// change, and on nothing else.
		return Optional.of(CatalogQuery.of(
				"select schema_version from pragma_schema_version" + " where coalesce(?, 'main') = 'main'",
				(row, number) -> row.getString(1)));
	}

}
