package io.github.automigrate.model;

import java.util.Locale;

/**
 * A database identifier as the mapping produced it. {@code quoted} is true when the application quoted the name
 * itself (backticks or double quotes in an annotation): such a name keeps its case and is always quoted in DDL.
 *
 * @param text the name, without quotes
 * @param quoted whether the application asked for the name to be quoted
 */
public record Identifier(String text, boolean quoted) {

	/**
	 * Reads a name as written in an annotation: {@code `Order`} or {@code "Order"} are quoted, anything else is not.
	 * @param raw the name as written
	 * @return the identifier
	 */
	public static Identifier of(String raw) {
		if (raw.length() > 2 && ((raw.startsWith("`") && raw.endsWith("`")) || (raw.startsWith("\"") && raw.endsWith("\"")))) {
			return new Identifier(raw.substring(1, raw.length() - 1), true);
		}
		return new Identifier(raw, false);
	}

	/** The key under which names are matched: databases here compare identifiers case-insensitively. */
	public String key() {
		return this.text.toLowerCase(Locale.ROOT);
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
	public String toString() {
		return this.text;
	}

}
