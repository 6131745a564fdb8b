package io.github.automigrate.mapping.jpa;

import java.util.List;
import java.util.Optional;

import io.github.automigrate.model.ForeignKey;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.TableName;

/**
 * The foreign key of some join columns, named as declared or as Hibernate names it.
 */
final class ForeignKeys {

	private ForeignKeys() {
	}

	/**
	 * The foreign key join columns make, if any.
	 * @param table the referencing table
	 * @param columns the join columns
	 * @param referencedTable the referenced table
	 * @param referencedColumns the referenced columns, in the order of {@code columns}
	 * @param declared what the mapping declares of it
	 * @return the foreign key, or empty when the mapping asks for no constraint
	 */
	static Optional<ForeignKey> forJoinColumns(TableName table, List<Identifier> columns, TableName referencedTable,
			List<Identifier> referencedColumns, DeclaredForeignKey declared) {
		if (!declared.constrained()) {
			return Optional.empty();
		}
		Identifier name = !declared.name().isEmpty() ? Identifier.of(declared.name())
				: ConstraintNames.foreignKey(table, referencedTable, columns);
		return Optional.of(new ForeignKey(name, columns, referencedTable, referencedColumns));
	}

}
