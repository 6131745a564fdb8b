package io.github.automigrate.introspect;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import io.github.automigrate.dialect.Dialect;
import io.github.automigrate.dialect.TypeNames.ColumnMetadata;
import io.github.automigrate.introspect.Catalog.ColumnRow;
import io.github.automigrate.model.Column;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Schema;
import io.github.automigrate.model.Sequence;
import io.github.automigrate.model.Table;
import io.github.automigrate.model.TableName;

/**
 * Reads the live schema in bulk: per schema one query for the tables, one for all their
 * columns, one for the sequences, and one each for indexes and foreign keys, whatever the
 * number of tables. The catalog queries are its database's {@link Catalog}'s; this class
 * turns their rows into the model.
 * <p>
 * Longer than most classes here: it assembles the rows of every catalog read (tables,
 * columns, keys, indexes, sequences) into the model in one place, where the number of
 * round trips can be seen and counted.
 */
public final class SchemaIntrospector {

	private static final String[] TABLE_TYPE_NAMES = { "TABLE", "BASE TABLE" };

	private static final Set<String> TABLE_TYPES = Set.of(TABLE_TYPE_NAMES);

	private final JdbcTemplate jdbc;

	private final Dialect dialect;

	private final Catalog catalog;

	/**
	 * Creates an introspector.
	 * @param jdbc the template, on the run's single connection
	 * @param dialect the database's dialect
	 */
	public SchemaIntrospector(JdbcTemplate jdbc, Dialect dialect) {
		this(jdbc, dialect, Catalog.of(dialect));
	}

	SchemaIntrospector(JdbcTemplate jdbc, Dialect dialect, Catalog catalog) {
		this.jdbc = jdbc;
		this.dialect = dialect;
		this.catalog = catalog;
	}

	/**
	 * Whether the actual schema lists the tables' indexes and unique constraints.
	 * @return true if it does
	 */
	public boolean readsIndexes() {
		return this.catalog.indexes().isPresent();
	}

	/**
	 * Whether the actual schema lists the tables' foreign keys.
	 * @return true if it does
	 */
	public boolean readsForeignKeys() {
		return this.catalog.foreignKeys().isPresent();
	}

	/**
	 * Reads the connection's default schema and the named ones.
	 * @param schemas the schemas the entities name besides the default one
	 * @return the actual schema
	 */
	public Schema read(Collection<Identifier> schemas) {
		List<Table> tables = new ArrayList<>();
		List<Sequence> sequences = new ArrayList<>();
		readSchema(null, tables, sequences);
		for (Identifier schema : schemas) {
			readSchema(schema, tables, sequences);
		}
		return new Schema(tables, sequences);
	}

	private void readSchema(@Nullable Identifier schema, List<Table> tables, List<Sequence> sequences) {
		String stored = (schema != null) ? this.dialect.stored(schema) : null;
		Optional<CatalogQuery<ColumnRow>> columnsQuery = this.catalog.columns();
		Map<String, TableBuilder> builders = this.jdbc
			.execute((ConnectionCallback<Map<String, TableBuilder>>) (connection) -> {
				DatabaseMetaData metadata = connection.getMetaData();
				Location location = location(connection, stored);
				Map<String, TableBuilder> found = readTables(metadata, location.catalog(), location.schemaPattern(),
						schema);
				if (!found.isEmpty() && columnsQuery.isEmpty()) {
					addColumns(readColumns(metadata, location.catalog(), location.schemaPattern()), found);
				}
				return found;
			});
		// An empty schema, as at a first start, has no columns or keys to ask for.
		if (!builders.isEmpty()) {
			columnsQuery.ifPresent((query) -> addColumns(query.read(this.jdbc, stored), builders));
			KeyIntrospector.Keys keys = new KeyIntrospector(this.jdbc, this.catalog).read(schema, stored);
			builders.values().forEach((builder) -> tables.add(keys.attach(builder.build())));
		}
		this.catalog.sequences()
			.ifPresent((query) -> query.read(this.jdbc, stored)
				.forEach((name) -> sequences
					.add(new Sequence(new TableName(schema, new Identifier(name, false)), 1, 1))));
	}

	/**
	 * Whether a table exists: one catalog call, for a table that may not exist yet (a
	 * query on it would fail, and some drivers log that).
	 * @param table the table
	 * @return true if it does
	 */
	public boolean exists(TableName table) {
		String name = this.dialect.stored(table.name());
		return Boolean.TRUE.equals(this.jdbc.execute((ConnectionCallback<Boolean>) (connection) -> {
			Location location = location(connection,
					(table.schema() != null) ? this.dialect.stored(table.schema()) : null);
			try (ResultSet rows = connection.getMetaData()
				.getTables(location.catalog(), location.schemaPattern(), name, TABLE_TYPE_NAMES)) {
				while (rows.next()) {
					if (name.equals(rows.getString("TABLE_NAME"))) {
						return true;
					}
				}
				return false;
			}
		}));
	}

	/**
	 * The names of a table's columns, as stored: one catalog call for a table that has
	 * columns, two for one that does not exist.
	 * @param table the table
	 * @return the names, or empty when there is no such table
	 */
	public Optional<List<String>> columnNames(TableName table) {
		List<String> columns = readColumnNames(table);
		if (columns.isEmpty()) {
			if (!exists(table)) {
				return Optional.empty();
			}
			// Created by another instance between the two reads: a table comes with its
			// columns, so read them again.
			columns = readColumnNames(table);
		}
		return Optional.of(columns);
	}

	private List<String> readColumnNames(TableName table) {
		String name = this.dialect.stored(table.name());
		List<String> columns = this.jdbc.execute((ConnectionCallback<List<String>>) (connection) -> {
			Location location = location(connection,
					(table.schema() != null) ? this.dialect.stored(table.schema()) : null);
			List<String> found = new ArrayList<>();
			try (ResultSet rows = connection.getMetaData()
				.getColumns(location.catalog(), location.schemaPattern(), name, "%")) {
				while (rows.next()) {
					// The name is a pattern, in which '_' matches any character.
					if (name.equals(rows.getString("TABLE_NAME"))) {
						found.add(rows.getString("COLUMN_NAME"));
					}
				}
			}
			return found;
		});
		return (columns != null) ? columns : List.of();
	}

	/**
	 * Where the metadata files a schema, given as stored or {@code null} for the
	 * connection's own.
	 */
	private Location location(java.sql.Connection connection, @Nullable String stored) throws SQLException {
		if (this.dialect.schemasAreCatalogs()) {
			// MySQL's "database" is the JDBC catalog; its drivers ignore (or misread) a
			// schema pattern.
			return new Location((stored != null) ? stored : connection.getCatalog(), null);
		}
		return new Location(connection.getCatalog(), (stored != null) ? stored : connection.getSchema());
	}

	private Map<String, TableBuilder> readTables(DatabaseMetaData metadata, @Nullable String catalog,
			@Nullable String schemaPattern, @Nullable Identifier schema) throws SQLException {
		Map<String, TableBuilder> tables = new LinkedHashMap<>();
		// Asking for tables only keeps views, indexes and sequences (PostgreSQL lists
		// them all) off the wire.
		try (ResultSet rows = metadata.getTables(catalog, schemaPattern, "%", TABLE_TYPE_NAMES)) {
			while (rows.next()) {
				String name = rows.getString("TABLE_NAME");
				String type = rows.getString("TABLE_TYPE");
				if (type != null && TABLE_TYPES.contains(type.toUpperCase(Locale.ROOT))
						&& !this.catalog.isSystemTable(name)) {
					tables.put(name, new TableBuilder(new TableName(schema, new Identifier(name, false))));
				}
			}
		}
		return tables;
	}

	/**
	 * Reads columns with {@code DatabaseMetaData.getColumns}, for a catalog that has no
	 * query of its own for them.
	 */
	private static List<ColumnRow> readColumns(DatabaseMetaData metadata, @Nullable String catalog,
			@Nullable String schemaPattern) throws SQLException {
		List<ColumnRow> columns = new ArrayList<>();
		// By position, which JDBC fixes for getColumns: a label is looked up again on
		// every call, for every row.
		try (ResultSet rows = metadata.getColumns(catalog, schemaPattern, "%", "%")) {
			while (rows.next()) {
				columns.add(new ColumnRow(rows.getString(3), rows.getString(4),
						new ColumnMetadata(rows.getInt(5), rows.getString(6), rows.getInt(7), rows.getInt(9)),
						rows.getInt(11) != DatabaseMetaData.columnNoNulls));
			}
		}
		return columns;
	}

	private void addColumns(List<ColumnRow> columns, Map<String, TableBuilder> tables) {
		for (ColumnRow column : columns) {
			TableBuilder table = tables.get(column.table());
			if (table != null) {
				table.columns
					.add(Column.actual(column.column(), this.dialect.types().read(column.type()), column.nullable()));
			}
		}
	}

	private record Location(@Nullable String catalog, @Nullable String schemaPattern) {
	}

	private static final class TableBuilder {

		private final TableName name;

		private final List<Column> columns = new ArrayList<>();

		TableBuilder(TableName name) {
			this.name = name;
		}

		Table build() {
			return new Table(this.name, this.columns, List.of(), null);
		}

	}

}
