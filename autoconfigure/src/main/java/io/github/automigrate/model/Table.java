package io.github.automigrate.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A table, expected or actual. Build one by name with {@link #builder(TableName)}; change
 * a copy with the {@code with...} methods.
 *
 * @param name the table name
 * @param columns the columns, in the order they are created
 * @param primaryKey the primary key's column names, empty when unknown or absent
 * @param indexes the indexes and unique constraints
 * @param foreignKeys the foreign keys
 * @param origin the entity class this table comes from, for messages, or {@code null}
 * when read from the database
 */
public record Table(TableName name, List<Column> columns, List<Identifier> primaryKey, List<Index> indexes,
		List<ForeignKey> foreignKeys, @Nullable String origin) implements java.io.Serializable {

	public Table {
		columns = List.copyOf(columns);
		primaryKey = List.copyOf(primaryKey);
		indexes = List.copyOf(indexes);
		foreignKeys = List.copyOf(foreignKeys);
	}

	/**
	 * A table with columns and a primary key only.
	 * @param name the table name
	 * @param columns the columns
	 * @param primaryKey the primary key's column names
	 * @param origin where the table comes from, or {@code null}
	 */
	public Table(TableName name, List<Column> columns, List<Identifier> primaryKey, @Nullable String origin) {
		this(name, columns, primaryKey, List.of(), List.of(), origin);
	}

	/**
	 * Starts a table with no columns, keys or origin until the builder adds them.
	 * @param name the table name
	 * @return the builder
	 */
	public static Builder builder(TableName name) {
		return new Builder(name);
	}

	/**
	 * Finds a column by name, the way the database matches names.
	 * @param name the column name
	 * @return the column, if the table has it
	 */
	public Optional<Column> column(Identifier name) {
		return this.columns.stream().filter((column) -> column.name().key().equals(name.key())).findFirst();
	}

	/** The same table under another name. */
	public Table withName(TableName name) {
		return new Table(name, this.columns, this.primaryKey, this.indexes, this.foreignKeys, this.origin);
	}

	/** The same table with other columns. */
	public Table withColumns(List<Column> columns) {
		return new Table(this.name, columns, this.primaryKey, this.indexes, this.foreignKeys, this.origin);
	}

	/**
	 * The table as this database can create it: without the columns it cannot make.
	 * @return this table, or a copy without those columns
	 */
	public Table possibleColumns() {
		if (this.columns.stream().allMatch(Column::possible)) {
			return this;
		}
		return withColumns(this.columns.stream().filter(Column::possible).toList());
	}

	/** The same table with other indexes and unique constraints. */
	public Table withIndexes(List<Index> indexes) {
		return new Table(this.name, this.columns, this.primaryKey, indexes, this.foreignKeys, this.origin);
	}

	/** The same table with other foreign keys. */
	public Table withForeignKeys(List<ForeignKey> foreignKeys) {
		return new Table(this.name, this.columns, this.primaryKey, this.indexes, foreignKeys, this.origin);
	}

	/**
	 * Builds a {@link Table} part by part, in the order the parts are given.
	 */
	public static final class Builder {

		private final TableName name;

		private final List<Column> columns = new ArrayList<>();

		private final List<Identifier> primaryKey = new ArrayList<>();

		private final List<Index> indexes = new ArrayList<>();

		private final List<ForeignKey> foreignKeys = new ArrayList<>();

		private @Nullable String origin;

		private Builder(TableName name) {
			this.name = name;
		}

		/** Adds a column after those already added. */
		public Builder column(Column column) {
			this.columns.add(column);
			return this;
		}

		/** Adds columns after those already added. */
		public Builder columns(List<Column> columns) {
			this.columns.addAll(columns);
			return this;
		}

		/** The primary key's column names, in order. */
		public Builder primaryKey(List<Identifier> columns) {
			this.primaryKey.clear();
			this.primaryKey.addAll(columns);
			return this;
		}

		/** Adds an index or unique constraint. */
		public Builder index(Index index) {
			this.indexes.add(index);
			return this;
		}

		/** Adds indexes or unique constraints. */
		public Builder indexes(List<Index> indexes) {
			this.indexes.addAll(indexes);
			return this;
		}

		/** Adds a foreign key. */
		public Builder foreignKey(ForeignKey foreignKey) {
			this.foreignKeys.add(foreignKey);
			return this;
		}

		/** Adds foreign keys. */
		public Builder foreignKeys(List<ForeignKey> foreignKeys) {
			this.foreignKeys.addAll(foreignKeys);
			return this;
		}

		/** Where the table comes from, for messages, or {@code null}. */
		public Builder origin(@Nullable String origin) {
			this.origin = origin;
			return this;
		}

		/** The table. */
		public Table build() {
			return new Table(this.name, this.columns, this.primaryKey, this.indexes, this.foreignKeys, this.origin);
		}

	}

}
