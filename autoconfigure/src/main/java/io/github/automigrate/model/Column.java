package io.github.automigrate.model;

import org.jspecify.annotations.Nullable;

/**
 * A column, expected or actual.
 *
 * @param name the column name
 * @param type the column type
 * @param nullable whether the column accepts null
 * @param unique whether the column alone is unique
 * @param identity whether the database generates its value (identity / auto-increment)
 * @param fallbackDefault the value existing rows get when this NOT NULL column is added to a table that has rows
 * (the Java default of a primitive: {@code 0}, {@code false}), or {@code null} when there is none
 * @param origin where the column comes from, for messages ({@code Order.customer}), or {@code null} when read from
 * the database
 */
public record Column(Identifier name, ColumnType type, boolean nullable, boolean unique, boolean identity,
		@Nullable Object fallbackDefault, @Nullable String origin) {

	/** A column read from the database. */
	public static Column actual(String name, ColumnType type, boolean nullable) {
		return new Column(new Identifier(name, false), type, nullable, false, false, null, null);
	}

}
