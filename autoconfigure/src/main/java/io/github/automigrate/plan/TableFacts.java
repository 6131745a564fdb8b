package io.github.automigrate.plan;

import java.util.List;

import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.TableName;

/**
 * What the planner needs to know of the data, asked only for the tables where it matters.
 */
@FunctionalInterface
public interface TableFacts {

	/**
	 * Whether a table has at least one row.
	 * @param table the table
	 * @return true if it has rows
	 */
	boolean hasRows(TableName table);

	/**
	 * Whether some rows share values in all the columns (none of them null), so that a
	 * unique constraint on them would fail.
	 * @param table the table
	 * @param columns the columns
	 * @return true if there are duplicates
	 */
	default boolean hasDuplicates(TableName table, List<Identifier> columns) {
		return false;
	}

}
