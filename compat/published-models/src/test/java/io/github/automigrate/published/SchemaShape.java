package io.github.automigrate.published;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import io.github.automigrate.testsupport.ColumnShapes;
import io.github.automigrate.testsupport.KeyShapes;

/**
 * A database's schema reduced to what fidelity compares: every column
 * ({@code table.column} to its shape, from {@link ColumnShapes}) and every index, unique
 * key and foreign key ({@code index table(columns)}, {@code fk table(columns)}, from
 * {@link KeyShapes}); and the type name of each column as the database spells it.
 *
 * @param shapes shapes by key
 * @param typeNames the database's type name of each column, lower case, by
 * {@code table.column}
 */
record SchemaShape(Map<String, String> shapes, Map<String, String> typeNames) {

	static SchemaShape read(DataSource dataSource) {
		Map<String, String> shapes = new TreeMap<>(ColumnShapes.read(dataSource));
		shapes.putAll(KeyShapes.read(dataSource));
		shapes.putAll(primaryKeys(dataSource));
		return new SchemaShape(shapes, typeNames(dataSource));
	}

	/**
	 * The table a shape key belongs to.
	 * @param key a shape key
	 * @return the table's name, lower case
	 */
	static String tableOf(String key) {
		if (key.startsWith("pk ")) {
			return key.substring(3);
		}
		if (key.startsWith("index ") || key.startsWith("fk ")) {
			return key.substring(key.indexOf(' ') + 1, key.indexOf('('));
		}
		return key.substring(0, key.indexOf('.'));
	}

	/**
	 * The primary key of each table, {@code pk table} to {@code (columns)} in key order;
	 * KeyShapes leaves them out.
	 */
	private static Map<String, String> primaryKeys(DataSource dataSource) {
		return new JdbcTemplate(dataSource).execute((ConnectionCallback<Map<String, String>>) (connection) -> {
			DatabaseMetaData metadata = connection.getMetaData();
			boolean catalogIsSchema = metadata.getDatabaseProductName()
				.toLowerCase(Locale.ROOT)
				.matches(".*(mysql|mariadb).*");
			String schema = catalogIsSchema ? null : connection.getSchema();
			java.util.List<String> tables = new java.util.ArrayList<>();
			try (ResultSet rows = metadata.getTables(connection.getCatalog(), schema, "%", new String[] { "TABLE" })) {
				while (rows.next()) {
					tables.add(rows.getString("TABLE_NAME"));
				}
			}
			Map<String, String> keys = new TreeMap<>();
			for (String table : tables) {
				String name = table.toLowerCase(Locale.ROOT);
				// Hibernate's helper tables for bulk mutations (hte_*, ht_*) are no part
				// of the model.
				if (name.startsWith("sqlite_") || name.startsWith("hte_") || name.startsWith("ht_")
						|| name.equals("automigrate_history")) {
					continue;
				}
				Map<Integer, String> columns = new TreeMap<>();
				try (ResultSet rows = metadata.getPrimaryKeys(connection.getCatalog(), schema, table)) {
					while (rows.next()) {
						columns.put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
					}
				}
				if (!columns.isEmpty()) {
					keys.put("pk " + name, "(" + String.join(", ", columns.values()) + ")");
				}
			}
			return keys;
		});
	}

	private static Map<String, String> typeNames(DataSource dataSource) {
		return new JdbcTemplate(dataSource).execute((ConnectionCallback<Map<String, String>>) (connection) -> {
			Map<String, String> names = new TreeMap<>();
			DatabaseMetaData metadata = connection.getMetaData();
			boolean catalogIsSchema = metadata.getDatabaseProductName()
				.toLowerCase(Locale.ROOT)
				.matches(".*(mysql|mariadb).*");
			try (ResultSet rows = metadata.getColumns(connection.getCatalog(),
					catalogIsSchema ? null : connection.getSchema(), "%", "%")) {
				while (rows.next()) {
					names.put((rows.getString("TABLE_NAME") + "." + rows.getString("COLUMN_NAME"))
						.toLowerCase(Locale.ROOT), rows.getString("TYPE_NAME").toLowerCase(Locale.ROOT));
				}
			}
			return names;
		});
	}

}
