package io.github.automigrate.apply;

import java.util.List;

import io.github.automigrate.model.TableName;

/**
 * The database holds a table of the history table's name that is not AutoMigrate's
 * history: AutoMigrate leaves it untouched, records no history, and migrates nothing.
 */
public class HistoryTableConflictException extends RuntimeException {

	/** The property that names the history table. */
	public static final String PROPERTY = "schema.automigrate.history.table";

	private final TableName table;

	HistoryTableConflictException(TableName table, List<String> missing) {
		super("The history table " + table + " (" + PROPERTY + ") is a table AutoMigrate did not create: it lacks the "
				+ "history's columns " + String.join(", ", missing) + ". AutoMigrate touched nothing and recorded no "
				+ "history.");
		this.table = table;
	}

	/** The table of the history's name. */
	public TableName getTable() {
		return this.table;
	}

}
