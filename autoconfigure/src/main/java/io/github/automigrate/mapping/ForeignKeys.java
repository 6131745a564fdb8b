package io.github.automigrate.mapping;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.ConstraintMode;
import org.jspecify.annotations.Nullable;

import io.github.automigrate.model.ForeignKey;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.TableName;

/**
 * The foreign key of some join columns, named as declared or as Hibernate names it.
 */
public final class ForeignKeys {

	private ForeignKeys() {
	}

	/**
	 * The foreign key join columns make, if any.
	 * @param table the referencing table
	 * @param columns the join columns
	 * @param referencedTable the referenced table
	 * @param referencedColumns the referenced columns, in the order of {@code columns}
	 * @param annotation the join column's {@code foreignKey}, or {@code null} when there is none
	 * @return the foreign key, or empty when the mapping asks for no constraint
	 */
	public static Optional<ForeignKey> forJoinColumns(TableName table, List<Identifier> columns, TableName referencedTable,
			List<Identifier> referencedColumns, jakarta.persistence.@Nullable ForeignKey annotation) {
		if (annotation != null && annotation.value() == ConstraintMode.NO_CONSTRAINT) {
			return Optional.empty();
		}
		Identifier name = (annotation != null && !annotation.name().isEmpty()) ? Identifier.of(annotation.name())
				: ConstraintNames.foreignKey(table, referencedTable, columns);
		return Optional.of(new ForeignKey(name, columns, referencedTable, referencedColumns));
	}

}
