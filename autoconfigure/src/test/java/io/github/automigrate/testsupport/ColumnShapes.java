package io.github.automigrate.testsupport;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The columns of a database as its driver describes them, reduced to what fidelity
 * compares: the type family, the length of character types, the precision and scale of
 * decimals, and nullability.
 */
public final class ColumnShapes {

	private ColumnShapes() {
	}

	/**
	 * Reads every column of the connection's default schema.
	 * @param dataSource the database
	 * @return shapes by {@code table.column}, lower case
	 */
	public static Map<String, String> read(DataSource dataSource) {
		return new JdbcTemplate(dataSource).execute((ConnectionCallback<Map<String, String>>) (connection) -> {
			Map<String, String> shapes = new TreeMap<>();
			DatabaseMetaData metadata = connection.getMetaData();
			boolean catalogIsSchema = metadata.getDatabaseProductName()
				.toLowerCase(Locale.ROOT)
				.matches(".*(mysql|mariadb).*");
			String catalog = connection.getCatalog();
			String schema = catalogIsSchema ? null : connection.getSchema();
			try (ResultSet rows = metadata.getColumns(catalog, schema, "%", "%")) {
				while (rows.next()) {
					String table = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
					if (table.startsWith("hte_") || table.startsWith("ht_") || table.startsWith("sqlite_")
							|| table.equals("automigrate_history")) {
						continue;
					}
					String key = table + "." + rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
					shapes.put(key,
							shape(rows.getInt("DATA_TYPE"), rows.getString("TYPE_NAME"), rows.getInt("COLUMN_SIZE"),
									rows.getInt("DECIMAL_DIGITS"),
									rows.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls));
				}
			}
			return shapes;
		});
	}

	private static String shape(int type, String typeName, int size, int digits, boolean notNull) {
		String family = family(type, typeName.toLowerCase(Locale.ROOT));
		String detail = switch (family) {
			case "text" -> (size > 0 && size < 100_000) ? "(" + size + ")" : "";
			case "decimal" -> "(" + size + "," + digits + ")";
			default -> "";
		};
		return family + detail + (notNull ? " not null" : "");
	}

	private static String family(int type, String name) {
		if (name.contains("uuid")) {
			return "uuid";
		}
		if (name.startsWith("bool") || (type == Types.BIT)) {
			return "boolean";
		}
		return switch (type) {
			case Types.BOOLEAN -> "boolean";
			case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> "integer";
			case Types.REAL, Types.FLOAT, Types.DOUBLE -> "float";
			case Types.NUMERIC, Types.DECIMAL -> "decimal";
			case Types.CHAR, Types.NCHAR, Types.VARCHAR, Types.NVARCHAR, Types.LONGVARCHAR, Types.LONGNVARCHAR,
					Types.CLOB, Types.NCLOB ->
				"text";
			case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> "binary";
			case Types.DATE -> "date";
			case Types.TIME, Types.TIME_WITH_TIMEZONE -> "time";
			case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> "timestamp";
			default -> name;
		};
	}

}
