package io.github.automigrate.apply;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.github.automigrate.dialect.Dialect;
import io.github.automigrate.model.ExpectedSchemaException;
import io.github.automigrate.model.ForeignKey;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Index;
import io.github.automigrate.model.Schema;
import io.github.automigrate.model.Table;

/**
 * Refuses, before any statement runs, one index, unique constraint or foreign key name on
 * two tables of one schema where the database keeps such names once per schema: the
 * second statement would fail at every start, after the first had been applied.
 */
final class NameClashes {

	private NameClashes() {
	}

	static void check(Schema expected, Dialect dialect) {
		if (dialect.indexNamesPerSchema()) {
			check(expected, dialect, (table) -> table.indexes().stream().map(Index::name).toList(),
					"index or unique constraint", "@Index(name = ...) or @UniqueConstraint(name = ...)");
		}
		if (dialect.foreignKeyNamesPerSchema()) {
			check(expected, dialect, (table) -> table.foreignKeys().stream().map(ForeignKey::name).toList(),
					"foreign key", "@ForeignKey(name = ...)");
		}
	}

	private static void check(Schema expected, Dialect dialect, Function<Table, List<Identifier>> names, String what,
			String fix) {
		Map<String, Table> byName = new HashMap<>();
		for (Table table : expected.tables()) {
			String schema = table.name()
				.key()
				.substring(0, table.name().key().length() - table.name().name().key().length());
			for (Identifier name : names.apply(table)) {
				Table other = byName.putIfAbsent(schema + name.key(), table);
				if (other != null && !other.name().key().equals(table.name().key())) {
					throw new ExpectedSchemaException(origin(table),
							"maps the " + what + " '" + name.text() + "' on the table " + table.name() + ", and "
									+ origin(other) + " maps one of the same name on " + other.name() + "; "
									+ dialect.name()
									+ " keeps such names once per schema, so the second could never be created.",
							"Give one of them another " + fix + ".");
				}
			}
		}
	}

	private static String origin(Table table) {
		return (table.origin() != null) ? table.origin() : table.name().toString();
	}

}
