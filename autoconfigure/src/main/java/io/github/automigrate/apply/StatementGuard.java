package io.github.automigrate.apply;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.github.automigrate.model.SqlText;

/**
 * The last line of defence of "additive only": every statement AutoMigrate executes must
 * create something or add to a table, and be one statement only. Anything else (a
 * statement that could drop, rename, empty or rewrite, or one that carries a second
 * statement after its head, or hides it in a comment) is refused before it reaches the
 * database, whatever produced it.
 */
final class StatementGuard {

	private static final List<String> CREATING = List.of("create table ", "create sequence ", "create index ",
			"create unique index ", "comment on ", "insert into ");

	/** {@code alter table <name> add ...}: a name, quoted or not, then {@code add}. */
	private static final Pattern ADDING = Pattern
		.compile("^alter table (\"[^\"]+\"|`[^`]+`|[^\\s\"`]+)" + "(\\.(\"[^\"]+\"|`[^`]+`|[^\\s\"`]+))? add ");

	/**
	 * Enough of a statement to hold its verb and its table's name, quoted and with its
	 * schema.
	 */
	private static final int HEAD_LENGTH = 1024;

	/** Enough of a statement to hold the longest verb of {@link #CREATING}. */
	private static final int VERB_LENGTH = 64;

	private StatementGuard() {
	}

	/**
	 * Refuses a statement that is not additive, or not a single statement.
	 * @param sql the statement
	 * @param syntax how the database reads quotes, so that a separator is found where the
	 * database would find one
	 * @throws IllegalStateException if the statement is not additive
	 */
	static void check(String sql, SqlText.Syntax syntax) {
		// Only the head decides, so only the head is normalized: a create table can be
		// long, and its verb is in its first words (read further only when they do not
		// say it, as when whitespace pads them).
		String normalized = head(sql, VERB_LENGTH);
		if (!creates(normalized)) {
			normalized = head(sql, HEAD_LENGTH);
			if (!creates(normalized) && !ADDING.matcher(normalized).find()) {
				throw new IllegalStateException(
						"AutoMigrate refused to execute a statement that is not additive: " + sql);
			}
		}
		// The head says what the statement does; the rest must not hold another one.
		SqlText.hazard(sql, syntax).ifPresent((hazard) -> {
			throw new IllegalStateException("AutoMigrate refused to execute a statement that is not a single additive "
					+ "statement: it holds " + hazard + " outside quotes: " + sql);
		});
		if (normalized.startsWith("alter table ")) {
			checkEveryClauseAdds(sql, syntax);
		}
	}

	private static boolean creates(String normalized) {
		for (String creating : CREATING) {
			if (normalized.startsWith(creating)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The statement's head, as {@code sql.strip()} cut to {@code length} characters, its
	 * runs of whitespace made one space and lower-cased; written without a regex or a
	 * copy of the whole statement, since every statement a run executes passes here.
	 * @param sql the statement
	 * @param length how many characters of the stripped statement to read
	 * @return the normalized head
	 */
	static String head(String sql, int length) {
		int start = 0;
		int end = sql.length();
		while (start < end && Character.isWhitespace(sql.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(sql.charAt(end - 1))) {
			end--;
		}
		end = Math.min(end, start + length);
		StringBuilder head = new StringBuilder(end - start);
		boolean inWhitespace = false;
		for (int i = start; i < end; i++) {
			char c = sql.charAt(i);
			if (isRegexWhitespace(c)) {
				if (!inWhitespace) {
					head.append(' ');
				}
				inWhitespace = true;
			}
			else {
				head.append(c);
				inWhitespace = false;
			}
		}
		return head.toString().toLowerCase(Locale.ROOT);
	}

	/** What a regex's {@code \s} matches (not {@link Character#isWhitespace}). */
	private static boolean isRegexWhitespace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
	}

	/**
	 * An ALTER TABLE making several changes: each clause after the first must add too.
	 */
	private static void checkEveryClauseAdds(String sql, SqlText.Syntax syntax) {
		List<String> clauses = SqlText.topLevelParts(sql, syntax);
		for (String clause : clauses.subList(1, clauses.size())) {
			if (!head(clause, VERB_LENGTH).startsWith("add ")) {
				throw new IllegalStateException("AutoMigrate refused to execute a statement that is not additive: its "
						+ "clause '" + clause.strip() + "' does not add: " + sql);
			}
		}
	}

}
