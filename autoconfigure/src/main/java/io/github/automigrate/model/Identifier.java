package io.github.automigrate.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A database identifier as the mapping produced it. {@code quoted} is true when the
 * application quoted the name itself (backticks or double quotes in an annotation): such
 * a name keeps its case and is always quoted in DDL.
 */
public final class Identifier implements java.io.Serializable {

	private static final long serialVersionUID = 1L;

	private final String text;

	private final boolean quoted;

	// Matched in every lookup of the diff and the mapping: computed once.
	private final String key;

	/**
	 * Creates an identifier.
	 * @param text the name, without quotes
	 * @param quoted whether the application asked for the name to be quoted
	 */
	public Identifier(String text, boolean quoted) {
		this.text = Objects.requireNonNull(text, "text");
		this.quoted = quoted;
		this.key = text.toLowerCase(Locale.ROOT);
	}

	/**
	 * Reads a name as written in an annotation: {@code `Order`}, {@code "Order"} or
	 * {@code [Order]} are quoted (as Hibernate reads them), anything else is not.
	 * @param raw the name as written
	 * @return the identifier
	 */
	public static Identifier of(String raw) {
		if (raw.length() > 2 && ((raw.startsWith("`") && raw.endsWith("`"))
				|| (raw.startsWith("\"") && raw.endsWith("\"")) || (raw.startsWith("[") && raw.endsWith("]")))) {
			return new Identifier(raw.substring(1, raw.length() - 1), true);
		}
		return new Identifier(raw, false);
	}

	/**
	 * The key under which names are matched: databases here compare identifiers
	 * case-insensitively.
	 */
	public String key() {
		return this.key;
	}

	/** The name, without quotes. */
	public String text() {
		return this.text;
	}

	/** Whether the application asked for the name to be quoted. */
	public boolean quoted() {
		return this.quoted;
	}

	/**
	 * Whether this identifier names the same object as a name read from the database.
	 * @param actual a name as the database reports it
	 * @return true if they match
	 */
	public boolean matches(String actual) {
		return this.text.equalsIgnoreCase(actual);
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof Identifier that) && this.quoted == that.quoted && this.text.equals(that.text);
	}

	@Override
	public int hashCode() {
		return 31 * this.text.hashCode() + Boolean.hashCode(this.quoted);
	}

	@Override
	public String toString() {
		return this.text;
	}

}
