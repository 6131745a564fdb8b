package io.github.automigrate.model;

import java.util.List;

/**
 * A foreign key from columns of one table to columns of another.
 *
 * @param name the constraint name
 * @param columns the referencing columns, in order
 * @param referencedTable the referenced table
 * @param referencedColumns the referenced columns, in the same order
 */
public record ForeignKey(Identifier name, List<Identifier> columns, TableName referencedTable,
		List<Identifier> referencedColumns) {

	public ForeignKey {
		columns = List.copyOf(columns);
		referencedColumns = List.copyOf(referencedColumns);
	}

}
