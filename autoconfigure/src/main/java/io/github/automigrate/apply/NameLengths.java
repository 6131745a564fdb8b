package io.github.automigrate.apply;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import org.jspecify.annotations.Nullable;

import io.github.automigrate.model.Column;
import io.github.automigrate.model.ExpectedSchemaException;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Index;
import io.github.automigrate.model.Schema;
import io.github.automigrate.model.Table;

/**
 * Refuses names longer than the database allows, before any statement runs: PostgreSQL
 * would silently cut such a name short, and every later start would then miss the object
 * it looks for and try to add it again.
 */
final class NameLengths {

	private NameLengths() {
	}

	static void check(Schema expected, DatabaseMetaData metadata) throws SQLException {
		int tables = metadata.getMaxTableNameLength();
		int columns = metadata.getMaxColumnNameLength();
		String database = metadata.getDatabaseProductName();
		for (Table table : expected.tables()) {
			check(table.name().name(), tables, database, table, null, "table", "table name (@Table)");
			for (Column column : table.columns()) {
				check(column.name(), columns, database, table, column.origin(), "column", "column name (@Column)");
			}
			for (Index index : table.indexes()) {
				check(index.name(), tables, database, table, null, "index or constraint", "name in its annotation");
			}
		}
	}

	private static void check(Identifier name, int limit, String database, Table table, @Nullable String ownOrigin,
			String what, String fix) {
		if (limit > 0 && name.text().length() > limit) {
			String origin = (ownOrigin != null) ? ownOrigin
					: (table.origin() != null) ? table.origin() : table.name().toString();
			throw new ExpectedSchemaException(origin, "maps the " + what + " name '" + name.text() + "' of "
					+ name.text().length() + " characters; " + database + " allows " + limit + ".",
					"Give it a shorter " + fix + ".");
		}
	}

}
