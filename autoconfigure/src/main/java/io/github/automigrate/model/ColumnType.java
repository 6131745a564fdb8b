package io.github.automigrate.model;

import org.jspecify.annotations.Nullable;

/**
 * A column's type: its kind and, where the kind takes them, length or precision and
 * scale. {@code definition} is the type text written verbatim: the mapping's
 * {@code columnDefinition}, or the database's own name for a type read back.
 *
 * @param kind the kind of type
 * @param length the length of a character or binary type, else {@code null}
 * @param precision the precision of a decimal type, else {@code null}
 * @param scale the scale of a decimal type, else {@code null}
 * @param definition the verbatim type text, or {@code null} to let the dialect name the
 * type
 */
public record ColumnType(TypeKind kind, @Nullable Integer length, @Nullable Integer precision, @Nullable Integer scale,
		@Nullable String definition) implements java.io.Serializable {

	/** NOT NULL written in a verbatim type text. */
	private static final java.util.regex.Pattern NOT_NULL = java.util.regex.Pattern.compile("\\bnot\\s+null\\b",
			java.util.regex.Pattern.CASE_INSENSITIVE);

	public static ColumnType of(TypeKind kind) {
		return new ColumnType(kind, null, null, null, null);
	}

	public static ColumnType ofLength(TypeKind kind, int length) {
		return new ColumnType(kind, length, null, null, null);
	}

	public static ColumnType ofDecimal(int precision, int scale) {
		return new ColumnType(TypeKind.DECIMAL, null, precision, scale, null);
	}

	/** The same type written as the given text. */
	public ColumnType withDefinition(String definition) {
		return new ColumnType(this.kind, this.length, this.precision, this.scale, definition);
	}

	/**
	 * Whether a verbatim type text declares the column NOT NULL itself
	 * ({@code "integer default 0 not null"}), so that DDL must not say it again and the
	 * column is NOT NULL whatever else the mapping says.
	 * @param definition the type text, or {@code null}
	 * @return true if it contains {@code not null}
	 */
	public static boolean declaresNotNull(@Nullable String definition) {
		return definition != null && !definition.isEmpty() && NOT_NULL.matcher(definition).find();
	}

	@Override
	public String toString() {
		if (this.definition != null) {
			return this.definition;
		}
		if (this.length != null) {
			return this.kind + "(" + this.length + ")";
		}
		if (this.precision != null) {
			return this.kind + "(" + this.precision + "," + this.scale + ")";
		}
		return this.kind.toString();
	}

}
