package io.github.automigrate.introspect;

import java.util.Optional;

/**
 * HSQLDB's catalog: its {@code INFORMATION_SCHEMA} system tables, one query per kind of
 * object; its columns come from the driver, and it has no cheap fingerprint.
 */
final class HsqldbCatalog implements Catalog {

	@Override
	public Optional<CatalogQuery<IndexRow>> indexes() {
		// HSQLDB lists the index behind a constraint under the constraint's name: a
		// unique constraint is read as a unique index, and those of primary and foreign
		// keys are left out.
		return Optional.of(CatalogQuery.of(
				"select i.table_name, i.index_name, i.column_name, not i.non_unique,"
						+ " i.ordinal_position from information_schema.system_indexinfo i"
						+ " left join information_schema.table_constraints c"
						+ " on c.constraint_schema = i.table_schem and c.constraint_name = i.index_name"
						+ " and c.constraint_type in ('PRIMARY KEY', 'FOREIGN KEY')"
						+ " where i.table_schem = coalesce(?, current_schema) and c.constraint_name is null"
						+ " order by 1, 2, 5",
				(row, number) -> new IndexRow(row.getString(1), row.getString(2), row.getString(3),
						row.getBoolean(4))));
	}

	@Override
	public Optional<CatalogQuery<ForeignKeyRow>> foreignKeys() {
		return Optional.of(CatalogQuery.of("select fktable_name, fk_name, fkcolumn_name,"
				+ " case when pktable_schem <> fktable_schem then pktable_schem end, pktable_name, pkcolumn_name"
				+ " from information_schema.system_crossreference where fktable_schem = coalesce(?, current_schema)"
				+ " order by fktable_name, fk_name, key_seq",
				(row, number) -> new ForeignKeyRow(row.getString(1), row.getString(2), row.getString(3),
						row.getString(4), row.getString(5), row.getString(6))));
	}

	@Override
	public Optional<CatalogQuery<String>> sequences() {
		return Optional.of(CatalogQuery.of("select sequence_schema, sequence_name from information_schema.sequences"
				+ " where sequence_schema = coalesce(?, current_schema)", (row, number) -> row.getString(2)));
	}

}
