package io.github.automigrate.testsupport;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import io.github.automigrate.dialect.Dialect;
import io.github.automigrate.dialect.DialectResolver;
import io.github.automigrate.introspect.SchemaIntrospector;
import io.github.automigrate.model.ForeignKey;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Index;
import io.github.automigrate.model.Table;

/**
 * The indexes, unique constraints and foreign keys of a database's default schema, keyed
 * by table and columns (so a name difference shows as a value difference):
 * {@code index customers(email)} to {@code unique uk...}, and
 * {@code fk order_line(product_id)} to {@code fk... -> product(id)}. Names are lower
 * case.
 */
public final class KeyShapes {

	private KeyShapes() {
	}

	public static Map<String, String> read(DataSource dataSource) {
		return new JdbcTemplate(dataSource).execute((ConnectionCallback<Map<String, String>>) (connection) -> {
			Dialect dialect = DialectResolver.resolve(connection.getMetaData());
			JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
			Map<String, String> shapes = new TreeMap<>();
			for (Table table : new SchemaIntrospector(jdbc, dialect).read(List.of()).tables()) {
				String name = lower(table.name().name().text());
				if (name.startsWith("hte_") || name.equals("automigrate_history")) {
					continue;
				}
				for (Index index : table.indexes()) {
					shapes.put("index " + name + columns(index.columns()),
							(index.unique() ? "unique " : "index ") + lower(index.name().text()));
				}
				for (ForeignKey foreignKey : table.foreignKeys()) {
					shapes.put("fk " + name + columns(foreignKey.columns()),
							lower(foreignKey.name().text()) + " -> " + lower(foreignKey.referencedTable().name().text())
									+ columns(foreignKey.referencedColumns()));
				}
			}
			return shapes;
		});
	}

	private static String columns(List<Identifier> columns) {
		return columns.stream().map((column) -> lower(column.text())).collect(Collectors.joining(", ", "(", ")"));
	}

	private static String lower(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

}
