package io.github.automigrate.introspect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

import io.github.automigrate.introspect.Catalog.ForeignKeyRow;
import io.github.automigrate.introspect.Catalog.IndexRow;
import io.github.automigrate.model.ForeignKey;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Index;
import io.github.automigrate.model.Table;
import io.github.automigrate.model.TableName;

/**
 * Reads the indexes, unique constraints and foreign keys of a whole schema with the
 * catalog's queries: one query for indexes and one for foreign keys, whatever the number
 * of tables; their rows, a column each, are gathered here into keys.
 */
final class KeyIntrospector {

	private final JdbcTemplate jdbc;

	private final Catalog catalog;

	KeyIntrospector(JdbcTemplate jdbc, Catalog catalog) {
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	/**
	 * Reads the keys of one schema.
	 * @param schema the schema, or {@code null} for the connection's default schema
	 * @param stored the schema's name as stored, or {@code null} for the connection's
	 * default schema
	 * @return the keys, to attach to the schema's tables
	 */
	Keys read(@Nullable Identifier schema, @Nullable String stored) {
		Keys keys = new Keys();
		this.catalog.indexes().ifPresent((query) -> {
			Map<String, IndexBuilder> indexes = new LinkedHashMap<>();
			for (IndexRow row : query.read(this.jdbc, stored)) {
				IndexBuilder index = indexes.computeIfAbsent(key(row.table(), row.index()),
						(key) -> new IndexBuilder(row.table(), row.index()));
				index.unique |= row.unique();
				index.columns.add(new Identifier(row.column(), false));
			}
			indexes.values()
				.forEach((index) -> keys.indexes.computeIfAbsent(lower(index.table), (key) -> new ArrayList<>())
					.add(new Index(new Identifier(index.name, false), index.columns, index.unique)));
		});
		this.catalog.foreignKeys().ifPresent((query) -> {
			Map<String, ForeignKeyBuilder> foreignKeys = new LinkedHashMap<>();
			for (ForeignKeyRow row : query.read(this.jdbc, stored)) {
				TableName referenced = new TableName(
						(row.referencedSchema() != null) ? new Identifier(row.referencedSchema(), false) : schema,
						new Identifier(row.referencedTable(), false));
				ForeignKeyBuilder foreignKey = foreignKeys.computeIfAbsent(key(row.table(), row.constraint()),
						(key) -> new ForeignKeyBuilder(row.table(), row.constraint(), referenced));
				foreignKey.columns.add(new Identifier(row.column(), false));
				if (row.referencedColumn() != null) {
					foreignKey.referencedColumns.add(new Identifier(row.referencedColumn(), false));
				}
			}
			foreignKeys.values()
				.forEach((foreignKey) -> keys.foreignKeys
					.computeIfAbsent(lower(foreignKey.table), (key) -> new ArrayList<>())
					.add(new ForeignKey(new Identifier(foreignKey.name, false), foreignKey.columns,
							foreignKey.referenced, foreignKey.referencedColumns)));
		});
		return keys;
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
			return new Table(table.name(), table.columns(), table.primaryKey(),
					this.indexes.getOrDefault(key, List.of()), this.foreignKeys.getOrDefault(key, List.of()),
					table.origin());
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
