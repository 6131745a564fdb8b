package io.github.automigrate.model;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A table, expected or actual.
 *
 * @param name the table name
 * @param columns the columns, in the order they are created
 * @param primaryKey the primary key's column names, empty when unknown or absent
 * @param indexes the indexes and unique constraints
 * @param foreignKeys the foreign keys
 * @param origin the entity class this table comes from, for messages, or {@code null} when read from the database
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
	 * Finds a column by name, the way the database matches names.
	 * @param name the column name
	 * @return the column, if the table has it
	 */
	public Optional<Column> column(Identifier name) {
		return this.columns.stream().filter((column) -> column.name().key().equals(name.key())).findFirst();
	}

}
