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

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	/**
	 * Enough of a statement to hold its verb and its table's name, quoted and with its
	 * schema.
	 */
	private static final int HEAD_LENGTH = 1024;

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
		// long.
		String head = sql.strip();
		head = head.substring(0, Math.min(head.length(), HEAD_LENGTH));
		String normalized = WHITESPACE.matcher(head).replaceAll(" ").toLowerCase(Locale.ROOT);
		if (CREATING.stream().noneMatch(normalized::startsWith) && !ADDING.matcher(normalized).find()) {
			throw new IllegalStateException("AutoMigrate refused to execute a statement that is not additive: " + sql);
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

	/**
	 * An ALTER TABLE making several changes: each clause after the first must add too.
	 */
	private static void checkEveryClauseAdds(String sql, SqlText.Syntax syntax) {
		List<String> clauses = SqlText.topLevelParts(sql, syntax);
		for (String clause : clauses.subList(1, clauses.size())) {
			if (!WHITESPACE.matcher(clause.strip()).replaceAll(" ").toLowerCase(Locale.ROOT).startsWith("add ")) {
				throw new IllegalStateException("AutoMigrate refused to execute a statement that is not additive: its "
						+ "clause '" + clause.strip() + "' does not add: " + sql);
			}
		}
	}

}
