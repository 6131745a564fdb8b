package io.github.automigrate.introspect;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;

import io.github.automigrate.dialect.Dialect;
import io.github.automigrate.model.ForeignKey;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Index;
import io.github.automigrate.model.Table;
import io.github.automigrate.model.TableName;

/**
 * Reads the indexes, unique constraints and foreign keys of a whole schema with the dialect's catalog queries: one
 * query for indexes and one for foreign keys, whatever the number of tables.
 */
final class KeyIntrospector {

	private final JdbcTemplate jdbc;

	private final Dialect dialect;

	KeyIntrospector(JdbcTemplate jdbc, Dialect dialect) {
		this.jdbc = jdbc;
		this.dialect = dialect;
	}

	/**
	 * Reads the keys of one schema.
	 * @param schema the schema, or {@code null} for the connection's default schema
	 * @return the keys, to attach to the schema's tables
	 */
	Keys read(@Nullable Identifier schema) {
		Keys keys = new Keys();
		Object stored = (schema != null) ? this.dialect.stored(schema) : null;
		this.dialect.indexesQuery().ifPresent((query) -> {
			Map<String, IndexBuilder> indexes = new LinkedHashMap<>();
			this.jdbc.query(query, (row) -> {
				String table = row.getString(1);
				String name = row.getString(2);
				IndexBuilder index = indexes.computeIfAbsent(key(table, name), (key) -> new IndexBuilder(table, name));
				index.unique |= row.getBoolean(4);
				index.columns.add(new Identifier(row.getString(3), false));
			}, parameters(query, stored));
			indexes.values().forEach((index) -> keys.indexes.computeIfAbsent(lower(index.table), (key) -> new ArrayList<>())
				.add(new Index(new Identifier(index.name, false), index.columns, index.unique)));
		});
		if (this.dialect.foreignKeysFromInformationSchema()) {
			new InformationSchemaForeignKeys(this.jdbc).read(schema, (stored != null) ? stored.toString() : null)
				.forEach((table, foreignKeys) -> keys.foreignKeys.computeIfAbsent(lower(table), (key) -> new ArrayList<>())
					.addAll(foreignKeys));
		}
		this.dialect.foreignKeysQuery().ifPresent((query) -> {
			Map<String, ForeignKeyBuilder> foreignKeys = new LinkedHashMap<>();
			this.jdbc.query(query, (row) -> {
				String table = row.getString(1);
				String referencedSchema = row.getString(4);
				TableName referenced = new TableName((referencedSchema != null) ? new Identifier(referencedSchema, false) : schema,
						new Identifier(row.getString(5), false));
				String name = row.getString(2);
				ForeignKeyBuilder foreignKey = foreignKeys.computeIfAbsent(key(table, name),
						(key) -> new ForeignKeyBuilder(table, name, referenced));
				foreignKey.columns.add(new Identifier(row.getString(3), false));
				String referencedColumn = row.getString(6);
				if (referencedColumn != null) {
					foreignKey.referencedColumns.add(new Identifier(referencedColumn, false));
				}
			}, parameters(query, stored));
			foreignKeys.values().forEach((foreignKey) -> keys.foreignKeys
				.computeIfAbsent(lower(foreignKey.table), (key) -> new ArrayList<>())
				.add(new ForeignKey(new Identifier(foreignKey.name, false), foreignKey.columns, foreignKey.referenced,
						foreignKey.referencedColumns)));
		});
		return keys;
	}

	/**
	 * Every parameter of a catalog query is the schema. Typed, so that a {@code null} one does not make
	 * {@link JdbcTemplate} ask the driver for the parameter's type (a round trip of its own on PostgreSQL).
	 */
	static Object[] parameters(String query, @Nullable Object schema) {
		Object[] parameters = new Object[(int) query.chars().filter((c) -> c == '?').count()];
		Arrays.fill(parameters, new SqlParameterValue(Types.VARCHAR, schema));
		return parameters;
	}

	private static String key(String table, String name) {
		return lower(table) + "\u0000" + name;
	}

	private static String lower(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	/** The keys of one schema, by table. */
	static final class Keys {

		private final Map<String, List<Index>> indexes = new HashMap<>();

		private final Map<String, List<ForeignKey>> foreignKeys = new HashMap<>();

		/**
		 * The table with its keys.
		 * @param table a table read without keys
		 * @return the same table with its indexes and foreign keys
		 */
		Table attach(Table table) {
			String key = lower(table.name().name().text());
			return new Table(table.name(), table.columns(), table.primaryKey(), this.indexes.getOrDefault(key, List.of()),
					this.foreignKeys.getOrDefault(key, List.of()), table.origin());
		}

	}

	private static final class IndexBuilder {

		private final String table;

		private final String name;

		private final List<Identifier> columns = new ArrayList<>();

		private boolean unique;

		IndexBuilder(String table, String name) {
			this.table = table;
			this.name = name;
		}

	}

	private static final class ForeignKeyBuilder {

		private final String table;

		private final String name;

		private final TableName referenced;

		private final List<Identifier> columns = new ArrayList<>();

		private final List<Identifier> referencedColumns = new ArrayList<>();

		ForeignKeyBuilder(String table, String name, TableName referenced) {
			this.table = table;
			this.name = name;
			this.referenced = referenced;
		}

	}

}
