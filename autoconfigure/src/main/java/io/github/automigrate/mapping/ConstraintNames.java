package io.github.automigrate.mapping;

import java.util.List;
import java.util.stream.Collectors;

import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.TableName;

/**
 * Names for constraints the entities do not name.
 */
final class ConstraintNames {

	private ConstraintNames() {
	}

	static Identifier foreignKey(TableName table, List<Identifier> columns, TableName referenced) {
		return new Identifier("fk_" + table.name().text() + "_"
				+ columns.stream().map(Identifier::text).collect(Collectors.joining("_")), false);
	}

}
