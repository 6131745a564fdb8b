package io.github.automigrate.apply;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import io.github.automigrate.dialect.Dialect;
import io.github.automigrate.model.Schema;
import io.github.automigrate.model.Table;
import io.github.automigrate.model.TableName;

/**
 * The schema a run migrates to: the mapped one with the history's tables, in the
 * database's terms, checked against what the database allows (name lengths, names that
 * fold together).
 */
final class TargetSchema {

	private TargetSchema() {
	}

	/**
	 * The schema to migrate to.
	 * @param mapped the mapped schema
	 * @param history the history, whose tables come first
	 * @param session the run's connection
	 * @return the schema, in the database's terms
	 * @throws SQLException if the metadata cannot be read
	 */
	static Schema of(Schema mapped, MigrationHistory history, Session session) throws SQLException {
		Schema expected = inDatabaseTerms(withHistory(mapped, history), session.dialect(), session.connection())
			.withNativeGeneration(session.dialect().nativeGenerationIsSequence());
		NameLengths.check(expected, session.metadata());
		NameClashes.check(expected, session.dialect());
		return expected;
	}

	private static Schema withHistory(Schema mapped, MigrationHistory history) {
		if (history.tables().isEmpty()) {
			return mapped;
		}
		// The history table comes first, so that even a run that fails half-way is
		// recorded.
		List<Table> tables = new ArrayList<>(history.tables());
		tables.addAll(mapped.tables());
		return new Schema(tables, mapped.sequences());
	}

	/**
	 * Puts the mapped names where this database keeps them, and names in the connection's
	 * own schema as names in the default schema, so that
	 * {@code @Table(schema = "public")} is the same table as an unqualified one.
	 */
	private static Schema inDatabaseTerms(Schema mapped, Dialect dialect, Connection connection) throws SQLException {
		String current = dialect.schemasAreCatalogs() ? connection.getCatalog() : connection.getSchema();
		return mapped.withNames((name) -> {
			TableName namespaced = dialect.namespaced(name);
			boolean isDefault = namespaced.schema() != null && namespaced.schema().text().equalsIgnoreCase(current);
			return isDefault ? new TableName(null, namespaced.name()) : namespaced;
		});
	}

}
