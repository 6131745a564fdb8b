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
 * @param defaultExpression the SQL default the mapping declares ({@code @ColumnDefault}), written as is, or
 * {@code null}
 * @param comment the column comment the mapping declares ({@code @Comment}), or {@code null}; never compared
 */
public record Column(Identifier name, ColumnType type, boolean nullable, boolean unique, boolean identity,
		@Nullable Object fallbackDefault, @Nullable String origin, @Nullable String defaultExpression,
		@Nullable String comment) implements java.io.Serializable {

	/** A {@code default} clause in a verbatim type text. */
	private static final java.util.regex.Pattern DEFAULT_CLAUSE = java.util.regex.Pattern.compile("(?i)\\bdefault\\b");

	/** A column read from the database. */
	public static Column actual(String name, ColumnType type, boolean nullable) {
		return new Column(new Identifier(name, false), type, nullable, false, false, null, null, null, null);
	}

	/**
	 * Whether the mapping gives the column a default: {@code @ColumnDefault}, or a {@code default} clause inside its
	 * {@code columnDefinition}.
	 * @return true if the database fills the column for rows that do not set it
	 */
	public boolean hasMappedDefault() {
		String definition = this.type.definition();
		return this.defaultExpression != null || (definition != null
				&& DEFAULT_CLAUSE.matcher(definition).find());
	}

}
