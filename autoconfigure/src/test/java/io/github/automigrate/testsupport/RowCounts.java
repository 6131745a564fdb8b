package io.github.automigrate.testsupport;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every row of every table of a database, to compare before and after a run: no row may
 * be lost or changed.
 */
public final class RowCounts {

	private static final String NULL = "<null>";

	private RowCounts() {
	}

	/**
	 * Reads every table's rows, as column-to-text maps.
	 * @param dataSource the database
	 * @param quote how the database quotes a name
	 * @return the rows, by table name
	 */
	public static Map<String, List<Map<String, String>>> of(DataSource dataSource,
			java.util.function.UnaryOperator<String> quote) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		List<String> tables = jdbc.execute((ConnectionCallback<List<String>>) (connection) -> {
			DatabaseMetaData metadata = connection.getMetaData();
			boolean catalogs = metadata.getDatabaseProductName()
				.toLowerCase(Locale.ROOT)
				.matches(".*(mysql|mariadb).*");
			List<String> names = new ArrayList<>();
			try (ResultSet rows = metadata.getTables(connection.getCatalog(), catalogs ? null : connection.getSchema(),
					"%", null)) {
				while (rows.next()) {
					String type = String.valueOf(rows.getString("TABLE_TYPE")).toUpperCase(Locale.ROOT);
					String name = rows.getString("TABLE_NAME");
					if ((type.equals("TABLE") || type.equals("BASE TABLE"))
							&& !name.toLowerCase(Locale.ROOT).startsWith("sqlite_")
							&& !name.equalsIgnoreCase("automigrate_history")) {
						names.add(name);
					}
				}
			}
			return names;
		});
		Map<String, List<Map<String, String>>> rows = new TreeMap<>();
		for (String table : tables) {
			rows.put(table.toLowerCase(Locale.ROOT), jdbc.query("select * from " + quote.apply(table), (row, index) -> {
				Map<String, String> values = new TreeMap<>();
				for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
					String value = row.getString(column);
					values.put(row.getMetaData().getColumnName(column).toLowerCase(Locale.ROOT),
							(value != null) ? value : NULL);
				}
				return values;
			}));
		}
		return rows;
	}

	/**
	 * Fails unless every row read before is still there, unchanged in the columns it had.
	 * @param before the rows before a run
	 * @param after the rows after it
	 */
	public static void assertKept(Map<String, List<Map<String, String>>> before,
			Map<String, List<Map<String, String>>> after) {
		before.forEach((table, rows) -> {
			List<Map<String, String>> now = after.get(table);
			if (now == null) {
				throw new AssertionError("The table " + table + " is gone");
			}
			List<String> expected = rows.stream().map(Map::toString).sorted().toList();
			List<String> actual = now.stream()
				.map((row) -> new TreeMap<>(row).entrySet()
					.stream()
					.filter((entry) -> rows.isEmpty() || rows.get(0).containsKey(entry.getKey()))
					.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
							TreeMap::new)))
				.map(Map::toString)
				.sorted()
				.toList();
			if (!expected.equals(actual)) {
				throw new AssertionError("Rows of " + table + " changed: before " + expected + ", after " + actual);
			}
		});
	}

}
