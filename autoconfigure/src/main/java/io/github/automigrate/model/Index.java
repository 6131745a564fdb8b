package io.github.automigrate.model;

import java.util.List;

/**
 * An index, or a unique constraint ({@code unique}), on some columns of one table.
 *
 * @param name the index or constraint name
 * @param columns the columns, in order
 * @param unique whether the columns' values are unique
 */
public record Index(Identifier name, List<Identifier> columns, boolean unique) implements java.io.Serializable {

	public Index {
		columns = List.copyOf(columns);
	}

}
