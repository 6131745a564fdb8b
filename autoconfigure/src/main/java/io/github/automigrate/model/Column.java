package io.github.automigrate.model;

import org.jspecify.annotations.Nullable;

/**
 * A column, expected or actual. Build one by name with
 * {@link #builder(Identifier, ColumnType)}, or change a copy with {@link #toBuilder()}.
 *
 * @param name the column name
 * @param type the column type
 * @param nullable whether the column accepts null
 * @param unique whether the column alone is unique
 * @param identity whether the database generates its value (identity / auto-increment)
 * @param fallbackDefault the value existing rows get when this NOT NULL column is added
 * to a table that has rows (the Java default of a primitive: {@code 0}, {@code false}),
 * or {@code null} when there is none
 * @param origin where the column comes from, for messages ({@code Order.customer}), or
 * {@code null} when read from the database
 * @param defaultExpression the SQL default the mapping declares ({@code @ColumnDefault}),
 * written as is, or {@code null}
 * @param comment the column comment the mapping declares ({@code @Comment}), or
 * {@code null}; never compared
 * @param notPossible why this database cannot make the column although the mapping needs
 * it (reported as not possible, never created), or {@code null} for a column to make
 */
public record Column(Identifier name, ColumnType type, boolean nullable, boolean unique, boolean identity,
		@Nullable Object fallbackDefault, @Nullable String origin, @Nullable String defaultExpression,
		@Nullable String comment, @Nullable String notPossible) implements java.io.Serializable {

	/** A {@code default} clause in a verbatim type text. */
	private static final java.util.regex.Pattern DEFAULT_CLAUSE = java.util.regex.Pattern.compile("(?i)\\bdefault\\b");

	/**
	 * A column this database can make, as
	 * {@link #Column(Identifier, ColumnType, boolean, boolean, boolean, Object, String, String, String, String)}
	 * with no reason it cannot.
	 */
	public Column(Identifier name, ColumnType type, boolean nullable, boolean unique, boolean identity,
			@Nullable Object fallbackDefault, @Nullable String origin, @Nullable String defaultExpression,
			@Nullable String comment) {
		this(name, type, nullable, unique, identity, fallbackDefault, origin, defaultExpression, comment, null);
	}

	/** A column read from the database. */
	public static Column actual(String name, ColumnType type, boolean nullable) {
		return builder(name, type).nullable(nullable).build();
	}

	/**
	 * Starts a column that is nullable, not unique, not an identity, with no defaults,
	 * origin or comment until the builder says otherwise.
	 * @param name the column name
	 * @param type the column type
	 * @return the builder
	 */
	public static Builder builder(Identifier name, ColumnType type) {
		return new Builder(name, type);
	}

	/**
	 * Starts a column with an unquoted name, as {@link #builder(Identifier, ColumnType)}
	 * does.
	 * @param name the column name, unquoted
	 * @param type the column type
	 * @return the builder
	 */
	public static Builder builder(String name, ColumnType type) {
		return builder(new Identifier(name, false), type);
	}

	/**
	 * A builder holding everything this column has, to change some of it.
	 * @return the builder
	 */
	public Builder toBuilder() {
		return builder(this.name, this.type).nullable(this.nullable)
			.unique(this.unique)
			.identity(this.identity)
			.fallbackDefault(this.fallbackDefault)
			.origin(this.origin)
			.defaultExpression(this.defaultExpression)
			.comment(this.comment)
			.notPossible(this.notPossible);
	}

	/**
	 * Whether this database can make the column.
	 * @return false when the mapping needs it but the database cannot make it
	 */
	public boolean possible() {
		return this.notPossible == null;
	}

	/**
	 * Whether the mapping gives the column a default: {@code @ColumnDefault}, or a
	 * {@code default} clause inside its {@code columnDefinition}.
	 * @return true if the database fills the column for rows that do not set it
	 */
	public boolean hasMappedDefault() {
		String definition = this.type.definition();
		return this.defaultExpression != null || (definition != null && DEFAULT_CLAUSE.matcher(definition).find());
	}

	/**
	 * Builds a {@link Column} by naming what differs from a plain nullable column.
	 */
	public static final class Builder {

		private Identifier name;

		private ColumnType type;

		private boolean nullable = true;

		private boolean unique;

		private boolean identity;

		private @Nullable Object fallbackDefault;

		private @Nullable String origin;

		private @Nullable String defaultExpression;

		private @Nullable String comment;

		private @Nullable String notPossible;

		private Builder(Identifier name, ColumnType type) {
			this.name = name;
			this.type = type;
		}

		/** The column's name. */
		public Builder name(Identifier name) {
			this.name = name;
			return this;
		}

		/** The column's type. */
		public Builder type(ColumnType type) {
			this.type = type;
			return this;
		}

		/** Whether the column accepts null (it does unless told). */
		public Builder nullable(boolean nullable) {
			this.nullable = nullable;
			return this;
		}

		/** Whether the column alone is unique. */
		public Builder unique(boolean unique) {
			this.unique = unique;
			return this;
		}

		/** Whether the database generates the column's value. */
		public Builder identity(boolean identity) {
			this.identity = identity;
			return this;
		}

		/**
		 * The value existing rows get when the column is added NOT NULL to a table with
		 * rows, or {@code null}.
		 */
		public Builder fallbackDefault(@Nullable Object fallbackDefault) {
			this.fallbackDefault = fallbackDefault;
			return this;
		}

		/** Where the column comes from, for messages, or {@code null}. */
		public Builder origin(@Nullable String origin) {
			this.origin = origin;
			return this;
		}

		/** The SQL default the mapping declares, or {@code null}. */
		public Builder defaultExpression(@Nullable String defaultExpression) {
			this.defaultExpression = defaultExpression;
			return this;
		}

		/** The column comment the mapping declares, or {@code null}. */
		public Builder comment(@Nullable String comment) {
			this.comment = comment;
			return this;
		}

		/**
		 * Why this database cannot make the column the mapping needs, or {@code null} (it
		 * can).
		 */
		public Builder notPossible(@Nullable String reason) {
			this.notPossible = reason;
			return this;
		}

		/** The column. */
		public Column build() {
			return new Column(this.name, this.type, this.nullable, this.unique, this.identity, this.fallbackDefault,
					this.origin, this.defaultExpression, this.comment, this.notPossible);
		}

	}

}
