package io.github.automigrate.mapping.jpa;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.github.automigrate.mapping.MappingException;
import io.github.automigrate.model.Column;
import io.github.automigrate.model.SqlText;
import io.github.automigrate.model.Table;

/**
 * Refuses text an entity hands over to be written into the DDL as is
 * ({@code @Column(columnDefinition)} and the like, {@code @ColumnDefault}) when it could
 * end the statement and start another, or hide the rest of it: a {@code ;}, a comment, a
 * quote left open or read differently by some databases, a parenthesis that closes the
 * statement's own. A {@code ;} inside a quoted string is part of the string, and passes.
 * Comments ({@code @Comment}) are not checked here: the dialect writes them as string
 * literals, with their quotes doubled.
 */
final class VerbatimSql {

	private VerbatimSql() {
	}

	static void check(List<Table> tables) {
		for (Table table : tables) {
			for (Column column : table.columns()) {
				String origin = (column.origin() != null) ? column.origin() : (table.origin() != null)
						? table.origin() + " (column " + column.name() + ")" : table.name() + "." + column.name();
				check(origin, "columnDefinition", column.type().definition(),
						"Write only the column's type and its own clauses in @Column(columnDefinition = ...)");
				check(origin, "@ColumnDefault", column.defaultExpression(),
						"Write only the default's value or expression in @ColumnDefault");
			}
		}
	}

	private static void check(String origin, String what, @Nullable String text, String fix) {
		if (text == null) {
			return;
		}
		SqlText.hazard(text, SqlText.Syntax.VERBATIM).ifPresent((hazard) -> {
			throw new MappingException(origin, "declares the " + what + " \"" + text + "\", which holds " + hazard
					+ ". AutoMigrate writes it into the DDL as is, where it could end the statement and run another.",
					fix + ": no ';', comment or unbalanced parenthesis outside a quoted string, no backslash inside one.");
		});
	}

}
