package io.github.automigrate.plan;

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

}
