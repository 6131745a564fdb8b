package io.github.automigrate.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads SQL text as a database splits it into quoted strings, quoted identifiers and the
 * rest, to find what could end a statement or hide the rest of it: a statement separator,
 * a comment, or a quote left open. One reader serves both the text an entity hands over
 * to be written verbatim (a column definition, a default) and every statement before it
 * runs, so that neither can carry a second statement.
 */
public final class SqlText {

	private SqlText() {
	}

	/**
	 * The first thing in some SQL that could end its statement or hide the rest of it,
	 * outside quotes: a {@code ;}, a comment opener ({@code --}, {@code /*}, {@code #}),
	 * a {@code $} (a dollar quote opener on some databases), a character other databases
	 * read as a quote that this syntax does not, or a quote left open. With a
	 * {@link Syntax#strict()} syntax also what only some databases read as quoting: a
	 * backslash inside quotes, a {@code [} other than an array bound; and parentheses
	 * that do not balance, which would close the statement's own.
	 * @param sql the text
	 * @param syntax how the database quotes
	 * @return what was found, as words for a message, or empty when there is nothing
	 */
	public static Optional<String> hazard(String sql, Syntax syntax) {
		Optional<String> hazard = read(sql, syntax, syntax.backslashEscapes());
		// A session can turn backslash escapes off (MySQL's NO_BACKSLASH_ESCAPES): the
		// text must be safe either way.
		return (hazard.isEmpty() && syntax.backslashEscapes()) ? read(sql, syntax, false) : hazard;
	}

	private static Optional<String> read(String sql, Syntax syntax, boolean backslashEscapes) {
		int depth = 0;
		boolean closedTooOften = false;
		int i = 0;
		while (i < sql.length()) {
			char c = sql.charAt(i);
			char next = (i + 1 < sql.length()) ? sql.charAt(i + 1) : 0;
			boolean string = syntax.stringQuotes().indexOf(c) >= 0;
			if (string || syntax.identifierQuotes().indexOf(c) >= 0) {
				boolean escapes = string
						&& (backslashEscapes || (c == '\'' && syntax.escapeStrings() && escapePrefix(sql, i)));
				int end = closing(sql, i, escapes);
				if (end < 0) {
					return Optional.of("a quote (" + c + ") left open");
				}
				if (syntax.strict() && sql.substring(i, end).indexOf('\\') >= 0) {
					return Optional.of("a backslash inside quotes (an escape on some databases, not on others)");
				}
				i = end + 1;
				continue;
			}
			if (c == ';') {
				return Optional.of("a statement separator (;)");
			}
			if ((c == '-' && next == '-') || (c == '/' && next == '*') || c == '#') {
				return Optional.of("a comment opener (" + ((c == '#') ? "#" : "" + c + next) + ")");
			}
			if (c == '$' || c == '`' || c == '"' || (c == '[' && syntax.strict() && !arrayBound(sql, i))) {
				return Optional.of("a character some databases read as a quote (" + c + ")");
			}
			depth += (c == '(') ? 1 : (c == ')') ? -1 : 0;
			// Told after what follows it, which says more: "varchar(10)); drop table t"
			// is a separator first.
			closedTooOften |= depth < 0;
			i++;
		}
		if (!syntax.strict() || (depth == 0 && !closedTooOften)) {
			return Optional.empty();
		}
		return Optional.of(closedTooOften ? "a closing parenthesis without its opening one"
				: "an opening parenthesis without its closing one");
	}

	/**
	 * The parts of a statement between its top-level commas: those outside quotes and
	 * parentheses, which separate the clauses of an {@code ALTER TABLE} that makes
	 * several changes. Read on text that {@link #hazard} found clean.
	 * @param sql the statement
	 * @param syntax how the database quotes
	 * @return the parts, in order; one when there is no such comma
	 */
	public static List<String> topLevelParts(String sql, Syntax syntax) {
		List<String> parts = new ArrayList<>();
		int depth = 0;
		int start = 0;
		int i = 0;
		while (i < sql.length()) {
			char c = sql.charAt(i);
			boolean string = syntax.stringQuotes().indexOf(c) >= 0;
			if (string || syntax.identifierQuotes().indexOf(c) >= 0) {
				int end = closing(sql, i, string && syntax.backslashEscapes());
				i = (end < 0) ? sql.length() : end + 1;
				continue;
			}
			depth += (c == '(') ? 1 : (c == ')') ? -1 : 0;
			if (c == ',' && depth == 0) {
				parts.add(sql.substring(start, i));
				start = i + 1;
			}
			i++;
		}
		parts.add(sql.substring(start));
		return parts;
	}

	/**
	 * The index of the quote that closes the one at {@code open}, or -1 when it stays
	 * open.
	 * @param backslashEscapes whether a backslash escapes the next character (strings
	 * only)
	 */
	private static int closing(String sql, int open, boolean backslashEscapes) {
		char quote = sql.charAt(open);
		char close = (quote == '[') ? ']' : quote;
		for (int i = open + 1; i < sql.length(); i++) {
			char c = sql.charAt(i);
			if (backslashEscapes && c == '\\') {
				i++;
			}
			else if (c == close) {
				// A doubled quote stands for itself; a bracket closes at its first ']'.
				if (quote != '[' && i + 1 < sql.length() && sql.charAt(i + 1) == close) {
					i++;
				}
				else {
					return i;
				}
			}
		}
		return -1;
	}

	/**
	 * An {@code E} (or {@code e}) that begins a word right before a quote: an escape
	 * string.
	 */
	private static boolean escapePrefix(String sql, int quote) {
		if (quote == 0 || Character.toUpperCase(sql.charAt(quote - 1)) != 'E') {
			return false;
		}
		return quote == 1 || !isWordPart(sql.charAt(quote - 2));
	}

	private static boolean isWordPart(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '$';
	}

	/**
	 * {@code [}, digits and spaces, {@code ]}: an array type's bound, which no database
	 * reads as a quote.
	 */
	private static boolean arrayBound(String sql, int open) {
		for (int i = open + 1; i < sql.length(); i++) {
			char c = sql.charAt(i);
			if (c == ']') {
				return true;
			}
			if (!Character.isDigit(c) && c != ' ') {
				return false;
			}
		}
		return false;
	}

	/**
	 * How a database quotes.
	 *
	 * @param stringQuotes the characters that open a string
	 * @param identifierQuotes the characters that open a quoted identifier ({@code [}
	 * closes with {@code ]}, the others with themselves, doubled to stand for themselves)
	 * @param backslashEscapes whether a backslash escapes the next character inside a
	 * string (where it may, the text is read both with and without, as a session can turn
	 * them off)
	 * @param escapeStrings whether {@code E'...'} is a string in which a backslash
	 * escapes
	 * @param strict whether to refuse, besides, what only some databases read as quoting
	 * (for text that will be written verbatim into SQL for any database), and parentheses
	 * that do not balance
	 */
	public record Syntax(String stringQuotes, String identifierQuotes, boolean backslashEscapes, boolean escapeStrings,
			boolean strict) {

		/**
		 * Text that is to be written verbatim into a statement, for any database:
		 * single-quoted strings and double-quoted identifiers, with nothing only some
		 * databases read as quoting.
		 */
		public static final Syntax VERBATIM = new Syntax("'", "\"", false, false, true);

	}

}
