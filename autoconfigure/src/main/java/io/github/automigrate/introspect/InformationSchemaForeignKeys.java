package io.github.automigrate.introspect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;

import io.github.automigrate.model.ForeignKey;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.TableName;

/**
 * Reads a schema's foreign keys from the standard {@code information_schema}: the referential constraints and the
 * key columns, each in one plain query, joined here rather than in SQL.
 */
final class InformationSchemaForeignKeys {

	private final JdbcTemplate jdbc;

	InformationSchemaForeignKeys(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Reads the foreign keys of one schema.
	 * @param schema the schema, or {@code null} for the connection's default schema
	 * @param stored the schema's stored name, or {@code null} for the default schema
	 * @return the foreign keys, by referencing table name as stored
	 */
	Map<String, List<ForeignKey>> read(@Nullable Identifier schema, @Nullable String stored) {
		Map<String, List<KeyColumn>> columns = new HashMap<>();
		this.jdbc.query("select constraint_schema, constraint_name, table_schema, table_name, column_name,"
				+ " ordinal_position, position_in_unique_constraint from information_schema.key_column_usage",
				(row) -> {
					columns.computeIfAbsent(row.getString(1) + "." + row.getString(2), (key) -> new ArrayList<>())
						.add(new KeyColumn(row.getString(3), row.getString(4), row.getString(5), row.getInt(6),
								row.getInt(7)));
				});
		columns.values().forEach((list) -> list.sort(Comparator.comparingInt(KeyColumn::position)));
		Map<String, List<ForeignKey>> foreignKeys = new LinkedHashMap<>();
		this.jdbc.query("select constraint_schema, constraint_name, unique_constraint_schema, unique_constraint_name"
				+ " from information_schema.referential_constraints where constraint_schema = coalesce(?, current_schema)"
				+ " order by constraint_name", (row) -> {
					List<KeyColumn> referencing = columns.get(row.getString(1) + "." + row.getString(2));
					List<KeyColumn> referenced = columns.get(row.getString(3) + "." + row.getString(4));
					if (referencing == null || referenced == null || referencing.isEmpty() || referenced.isEmpty()) {
						return;
					}
					KeyColumn first = referencing.get(0);
					KeyColumn target = referenced.get(0);
					Identifier targetSchema = target.schema().equals(first.schema()) ? schema
							: new Identifier(target.schema(), false);
					List<Identifier> from = new ArrayList<>();
					List<Identifier> to = new ArrayList<>();
					for (KeyColumn column : referencing) {
						from.add(new Identifier(column.column(), false));
						int position = column.uniquePosition();
						to.add(new Identifier(referenced.get((position > 0) ? position - 1 : from.size() - 1).column(), false));
					}
					foreignKeys.computeIfAbsent(first.table(), (key) -> new ArrayList<>()).add(new ForeignKey(
							new Identifier(row.getString(2), false), from,
							new TableName(targetSchema, new Identifier(target.table(), false)), to));
				}, stored);
		return foreignKeys;
	}

	private record KeyColumn(String schema, String table, String column, int position, int uniquePosition) {
	}

}
