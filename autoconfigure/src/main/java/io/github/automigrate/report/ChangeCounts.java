package io.github.automigrate.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The summary line's counts: the changes by kind and the number of tables they touch,
 * read from the changes' descriptions ({@code create table book},
 * {@code add column book.isbn}, {@code create sequence book_seq}, …).
 */
final class ChangeCounts {

	/**
	 * The kinds of change, in the order the summary names them; each description starts
	 * with one.
	 */
	private static final List<String> KINDS = List.of("create table", "add column", "create index",
			"add unique constraint", "add foreign key", "create sequence");

	private ChangeCounts() {
	}

	/**
	 * The counts, such as {@code  (2 create table, 1 add column) on 3 tables}.
	 * @param statements the changes of a run
	 * @return the counts, or an empty string when there are no changes
	 */
	static String of(List<StatementReport> statements) {
		if (statements.isEmpty()) {
			return "";
		}
		Map<String, Integer> byKind = new LinkedHashMap<>();
		KINDS.forEach((kind) -> byKind.put(kind, 0));
		Set<String> tables = new TreeSet<>();
		for (StatementReport statement : statements) {
			String kind = kind(statement.change());
			byKind.merge(kind, 1, Integer::sum);
			String table = table(kind, statement.change());
			if (table != null) {
				tables.add(table);
			}
		}
		return byKind.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() > 0)
			.map((entry) -> entry.getValue() + " " + entry.getKey())
			.collect(Collectors.joining(", ", " (", ") on " + tables.size() + " tables"));
	}

	static String kind(String change) {
		return KINDS.stream().filter((kind) -> change.startsWith(kind + " ")).findFirst().orElse("other");
	}

	/**
	 * The table a change touches: named whole by {@code create table}, before its column,
	 * key or index else.
	 */
	static @Nullable String table(String kind, String change) {
		if (kind.equals("create sequence") || kind.equals("other")) {
			return null;
		}
		String object = change.substring(kind.length() + 1);
		int dot = object.lastIndexOf('.');
		return (kind.equals("create table") || dot < 0) ? object : object.substring(0, dot);
	}

}
