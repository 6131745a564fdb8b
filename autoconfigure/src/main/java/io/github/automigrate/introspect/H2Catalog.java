package io.github.automigrate.introspect;

import java.util.Optional;

/**
 * H2's catalog: its {@code information_schema}. H2 evaluates a join of those views row by
 * row (it rebuilds them per row, which grows with the square of the number of tables), so
 * foreign keys are read with two plain queries joined in Java; its columns come from the
 * driver, and it has no cheap fingerprint.
 */
final class H2Catalog implements Catalog {

	@Override
	public Optional<CatalogQuery<IndexRow>> indexes() {
		// Indexes H2 makes for constraints are "generated": unique constraints are read
		// as constraints instead.
		return Optional.of(CatalogQuery.of(
				"select i.table_name, i.index_name, c.column_name,"
						+ " i.index_type_name = 'UNIQUE INDEX', c.ordinal_position from information_schema.indexes i"
						+ " join information_schema.index_columns c on c.index_schema = i.index_schema"
						+ " and c.index_name = i.index_name and c.table_name = i.table_name"
						+ " where i.table_schema = coalesce(?, schema()) and not i.is_generated"
						+ " union all select t.table_name, t.constraint_name, k.column_name, true, k.ordinal_position"
						+ " from information_schema.table_constraints t join information_schema.key_column_usage k"
						+ " on k.constraint_schema = t.constraint_schema and k.constraint_name = t.constraint_name"
						+ " where t.constraint_type = 'UNIQUE' and t.table_schema = coalesce(?, schema())"
						+ " order by 1, 2, 5",
				(row, number) -> new IndexRow(row.getString(1), row.getString(2), row.getString(3),
						row.getBoolean(4))));
	}

	@Override
	public Optional<CatalogQuery<ForeignKeyRow>> foreignKeys() {
		return Optional.of(new InformationSchemaForeignKeys());
	}

	@Override
	public Optional<CatalogQuery<String>> sequences() {
		return Optional.of(CatalogQuery.of("select sequence_schema, sequence_name from information_schema.sequences"
				+ " where sequence_schema = coalesce(?, schema())", (row, number) -> row.getString(2)));
	}

}
