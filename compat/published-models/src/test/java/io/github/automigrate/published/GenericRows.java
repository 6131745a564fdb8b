package io.github.automigrate.published;

import java.math.BigDecimal;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import io.github.automigrate.testsupport.TestDatabase;

/**
 * A few plain rows in a table of any shape: every column gets a value of its type that
 * differs from row to row, except a generated identity (the database gives it), a
 * nullable foreign key and a nullable column of a type this class does not know (both
 * left null). A NOT NULL foreign key is refused: pick another table.
 */
final class GenericRows {

	private GenericRows() {
	}

	private record ColumnInfo(String name, int type, String typeName, int size, boolean nullable, boolean generated) {
	}

	static void insert(TestDatabase database, DataSource dataSource, String table, int count) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		List<ColumnInfo> columns = new ArrayList<>();
		Set<String> foreignKeys = new HashSet<>();
		jdbc.execute((ConnectionCallback<Void>) (connection) -> {
			DatabaseMetaData metadata = connection.getMetaData();
			boolean catalogIsSchema = metadata.getDatabaseProductName()
				.toLowerCase(Locale.ROOT)
				.matches(".*(mysql|mariadb).*");
			String schema = catalogIsSchema ? null : connection.getSchema();
			String name = metadata.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
			try (ResultSet rows = metadata.getColumns(connection.getCatalog(), schema, name, "%")) {
				while (rows.next()) {
					columns.add(new ColumnInfo(rows.getString("COLUMN_NAME"), rows.getInt("DATA_TYPE"),
							rows.getString("TYPE_NAME").toLowerCase(Locale.ROOT), rows.getInt("COLUMN_SIZE"),
							rows.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
							"YES".equals(rows.getString("IS_AUTOINCREMENT"))));
				}
			}
			try (ResultSet rows = metadata.getImportedKeys(connection.getCatalog(), schema, name)) {
				while (rows.next()) {
					foreignKeys.add(rows.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
				}
			}
			return null;
		});
		if (columns.isEmpty()) {
			throw new IllegalStateException("No table " + table + " to insert rows into");
		}
		List<ColumnInfo> filled = columns.stream().filter((column) -> !column.generated()).toList();
		String sql = "insert into " + table + " ("
				+ filled.stream().map((column) -> database.quote(column.name())).collect(Collectors.joining(", "))
				+ ") values (" + filled.stream().map((column) -> "?").collect(Collectors.joining(", ")) + ")";
		for (int row = 1; row <= count; row++) {
			List<Object> values = new ArrayList<>();
			for (int index = 0; index < filled.size(); index++) {
				ColumnInfo column = filled.get(index);
				boolean foreignKey = foreignKeys.contains(column.name().toLowerCase(Locale.ROOT));
				if (foreignKey && !column.nullable()) {
					throw new IllegalStateException(table + "." + column.name() + " is a NOT NULL foreign key: insert "
							+ "rows into a table without one");
				}
				Object value = foreignKey ? null : value(column, row, index);
				if (value == null && !column.nullable()) {
					throw new IllegalStateException(
							"No value for " + table + "." + column.name() + " of type " + column.typeName());
				}
				values.add(value);
			}
			try {
				jdbc.update(sql, values.toArray());
			}
			catch (org.springframework.dao.DataIntegrityViolationException ex) {
				// A check constraint (Hibernate writes one for an enum column) refuses
				// the made-up text: leave the
				// nullable text columns empty instead.
				for (int index = 0; index < filled.size(); index++) {
					if (filled.get(index).nullable() && values.get(index) instanceof String) {
						values.set(index, null);
					}
				}
				jdbc.update(sql, values.toArray());
			}
		}
	}

	private static Object value(ColumnInfo column, int row, int index) {
		if (column.typeName().contains("uuid")) {
			return new UUID(index, row);
		}
		if (column.typeName().startsWith("bool") || column.type() == Types.BIT || column.type() == Types.BOOLEAN) {
			return row % 2 == 1;
		}
		return switch (column.type()) {
			case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> row;
			case Types.REAL, Types.FLOAT, Types.DOUBLE -> row + 0.5;
			case Types.NUMERIC, Types.DECIMAL -> BigDecimal.valueOf(row);
			case Types.CHAR, Types.NCHAR, Types.VARCHAR, Types.NVARCHAR, Types.LONGVARCHAR, Types.LONGNVARCHAR,
					Types.CLOB, Types.NCLOB ->
				text(column, row, index);
			case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> new byte[] { 1, (byte) row };
			case Types.DATE -> java.sql.Date.valueOf("2026-01-0" + row);
			case Types.TIME -> java.sql.Time.valueOf("10:00:0" + row);
			case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE ->
				java.sql.Timestamp.valueOf("2026-01-0" + row + " 10:00:00");
			default -> null;
		};
	}

	private static String text(ColumnInfo column, int row, int index) {
		if (column.typeName().startsWith("enum")) {
			return null;
		}
		String text = "r" + row + "c" + index;
		return (column.size() > 0 && column.size() < text.length()) ? text.substring(text.length() - column.size())
				: text;
	}

}
