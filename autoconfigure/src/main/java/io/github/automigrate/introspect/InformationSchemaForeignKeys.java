package io.github.automigrate.introspect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import io.github.automigrate.introspect.Catalog.ForeignKeyRow;

/**
 * Reads a schema's foreign keys from the standard {@code information_schema}: the
 * referential constraints and the key columns, each in one plain query, joined here
 * rather than in SQL.
 */
final class InformationSchemaForeignKeys implements CatalogQuery<ForeignKeyRow> {

	@Override
	public List<ForeignKeyRow> read(JdbcTemplate jdbc, @Nullable String schema) {
		Map<String, List<KeyColumn>> columns = new HashMap<>();
		jdbc.query(
				"select constraint_schema, constraint_name, table_schema, table_name, column_name,"
						+ " ordinal_position, position_in_unique_constraint from information_schema.key_column_usage",
				(RowCallbackHandler) (row) -> columns
					.computeIfAbsent(row.getString(1) + "." + row.getString(2), (key) -> new ArrayList<>())
					.add(new KeyColumn(row.getString(3), row.getString(4), row.getString(5), row.getInt(6),
							row.getInt(7))));
		columns.values().forEach((list) -> list.sort(Comparator.comparingInt(KeyColumn::position)));
		List<ForeignKeyRow> foreignKeys = new ArrayList<>();
		jdbc.query("select constraint_schema, constraint_name, unique_constraint_schema, unique_constraint_name"
				+ " from information_schema.referential_constraints where constraint_schema = coalesce(?, current_schema)"
				+ " order by constraint_name", (row) -> {
					List<KeyColumn> referencing = columns.get(row.getString(1) + "." + row.getString(2));
					List<KeyColumn> referenced = columns.get(row.getString(3) + "." + row.getString(4));
					if (referencing == null || referenced == null || referencing.isEmpty() || referenced.isEmpty()) {
						return;
					}
					KeyColumn first = referencing.get(0);
					KeyColumn target = referenced.get(0);
					String targetSchema = target.schema().equals(first.schema()) ? null : target.schema();
					for (int i = 0; i < referencing.size(); i++) {
						int position = referencing.get(i).uniquePosition();
						KeyColumn to = referenced.get((position > 0) ? position - 1 : i);
						foreignKeys.add(new ForeignKeyRow(first.table(), row.getString(2), referencing.get(i).column(),
								targetSchema, target.table(), to.column()));
					}
				}, schema);
		return foreignKeys;
	}

	private record KeyColumn(String schema, String table, String column, int position, int uniquePosition) {
	}

}
