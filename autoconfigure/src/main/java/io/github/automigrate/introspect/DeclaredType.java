package io.github.automigrate.introspect;

import java.sql.Types;

import org.jspecify.annotations.Nullable;

import io.github.automigrate.dialect.TypeNames.ColumnMetadata;

/**
 * A column type as declared in DDL text, such as {@code numeric(8,2)}: its name, length
 * or precision, and scale.
 */
final class DeclaredType {

	private DeclaredType() {
	}

	/**
	 * Parses a declared type: a name, then optionally a length or precision and a scale
	 * in parentheses, with whitespace (as a regex's {@code \s}) anywhere between. Read by
	 * hand: it runs once per column of every catalog read. A declaration of another form
	 * (such as {@code timestamp(6) with time zone}) is a type named by its whole text.
	 * @param declared the declared type, or {@code null}
	 * @return its name, size and scale
	 */
	static ColumnMetadata parse(@Nullable String declared) {
		String text = (declared != null) ? declared : "";
		int open = text.indexOf('(');
		if (open < 0) {
			return new ColumnMetadata(Types.OTHER, trim(text, 0, text.length()), 0, 0);
		}
		int[] position = { open + 1 };
		int size = number(text, position);
		int scale = 0;
		if (size >= 0 && at(text, position, ',')) {
			scale = number(text, position);
		}
		if (size < 0 || scale < 0 || !at(text, position, ')') || skipWhitespace(text, position[0]) != text.length()) {
			return new ColumnMetadata(Types.OTHER, String.valueOf(declared), 0, 0);
		}
		return new ColumnMetadata(Types.OTHER, trim(text, 0, open), size, scale);
	}

	/**
	 * Reads whitespace, then digits, then whitespace.
	 * @return the number, or -1 where there are no digits
	 */
	private static int number(String text, int[] position) {
		int start = skipWhitespace(text, position[0]);
		int end = start;
		while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
			end++;
		}
		if (end == start) {
			return -1;
		}
		position[0] = skipWhitespace(text, end);
		return Integer.parseInt(text, start, end, 10);
	}

	/** Reads one character, if it is the next one. */
	private static boolean at(String text, int[] position, char expected) {
		if (position[0] < text.length() && text.charAt(position[0]) == expected) {
			position[0]++;
			return true;
		}
		return false;
	}

	private static int skipWhitespace(String text, int from) {
		int at = from;
		while (at < text.length() && isWhitespace(text.charAt(at))) {
			at++;
		}
		return at;
	}

	private static String trim(String text, int from, int to) {
		int start = skipWhitespace(text, from);
		int end = to;
		while (end > start && isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		return (start == 0 && end == text.length()) ? text : text.substring(start, end);
	}

	/** What a regex's {@code \s} matches. */
	private static boolean isWhitespace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
	}

}
