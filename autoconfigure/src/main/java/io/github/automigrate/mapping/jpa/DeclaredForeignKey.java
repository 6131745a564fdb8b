package io.github.automigrate.mapping.jpa;

import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ConstraintMode;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.JoinTable;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.PrimaryKeyJoinColumns;
import org.jspecify.annotations.Nullable;

/**
 * What a mapping says of one foreign key: that there is none
 * ({@code ConstraintMode.NO_CONSTRAINT}), its name, or nothing (Hibernate's implicit
 * name). Each place a {@code @ForeignKey} may stand is read as Hibernate 7 reads it:
 * which annotation counts, and when a nested join column's foreign key stands in for its
 * container's.
 *
 * @param constrained whether the foreign key exists
 * @param name its declared name, or empty for the implicit one
 */
record DeclaredForeignKey(boolean constrained, String name) {

	/** Nothing declared: a foreign key with Hibernate's implicit name. */
	static final DeclaredForeignKey IMPLICIT = new DeclaredForeignKey(true, "");

	private static final DeclaredForeignKey NONE = new DeclaredForeignKey(false, "");

	static DeclaredForeignKey of(@Nullable ForeignKey annotation) {
		if (annotation == null) {
			return IMPLICIT;
		}
		return (annotation.value() == ConstraintMode.NO_CONSTRAINT) ? NONE
				: new DeclaredForeignKey(true, annotation.name());
	}

	/**
	 * A to-one's: none with Hibernate's {@code @NotFound} (a missing target is allowed);
	 * else the foreign key of its {@code @JoinColumn}, or of its {@code @JoinColumns}
	 * (never that of a join column inside them), or of the join columns an association
	 * override puts in their place.
	 */
	static DeclaredForeignKey ofToOne(Attribute attribute, @Nullable List<JoinColumn> override) {
		if (HibernateAnnotations.isNotFound(attribute.element())) {
			return NONE;
		}
		if (override != null) {
			return override.isEmpty() ? IMPLICIT : of(override.get(0).foreignKey());
		}
		JoinColumns many = attribute.annotation(JoinColumns.class);
		if (many != null) {
			return of(many.foreignKey());
		}
		JoinColumn one = attribute.annotation(JoinColumn.class);
		return (one != null) ? of(one.foreignKey()) : IMPLICIT;
	}

	/**
	 * A collection's key declared by join columns on the attribute (a one-to-many's in
	 * its target's table): only a single {@code @JoinColumn} counts.
	 */
	static DeclaredForeignKey ofCollectionJoinColumn(Attribute attribute) {
		JoinColumn one = attribute.annotation(JoinColumn.class);
		return (one != null) ? of(one.foreignKey()) : IMPLICIT;
	}

	/**
	 * A joined subclass's key to its parent's: {@code @PrimaryKeyJoinColumn}'s or
	 * {@code @PrimaryKeyJoinColumns}'.
	 */
	static DeclaredForeignKey ofJoinedSubclass(Class<?> type) {
		PrimaryKeyJoinColumns many = type.getAnnotation(PrimaryKeyJoinColumns.class);
		if (many != null) {
			return of(many.foreignKey());
		}
		PrimaryKeyJoinColumn one = type.getAnnotation(PrimaryKeyJoinColumn.class);
		return (one != null) ? of(one.foreignKey()) : IMPLICIT;
	}

	/**
	 * A join table's key to its owner: the table's {@code foreignKey}; its name, when it
	 * has none, is the first join column's, and either of them leaves the foreign key
	 * out.
	 */
	static DeclaredForeignKey ofJoinTable(JoinTable joinTable) {
		return withNested(of(joinTable.foreignKey()), joinTable.joinColumns(), true);
	}

	/**
	 * A join table's key to its target: {@code inverseForeignKey}, named by the first
	 * inverse join column when it is not; only {@code inverseForeignKey} leaves it out.
	 */
	static DeclaredForeignKey ofJoinTableInverse(JoinTable joinTable) {
		return withNested(of(joinTable.inverseForeignKey()), joinTable.inverseJoinColumns(), false);
	}

	/**
	 * A collection table's key to its owner: the table's {@code foreignKey}; named, when
	 * it is not, by its join column if it has exactly one, which cannot leave it out.
	 */
	static DeclaredForeignKey ofCollectionTable(CollectionTable collectionTable) {
		JoinColumn[] joinColumns = collectionTable.joinColumns();
		return withNested(of(collectionTable.foreignKey()), (joinColumns.length == 1) ? joinColumns : new JoinColumn[0],
				false);
	}

	private static DeclaredForeignKey withNested(DeclaredForeignKey declared, JoinColumn[] joinColumns,
			boolean nestedMayLeaveOut) {
		if (!declared.constrained() || joinColumns.length == 0) {
			return declared;
		}
		DeclaredForeignKey nested = of(joinColumns[0].foreignKey());
		if (nestedMayLeaveOut && !nested.constrained()) {
			return NONE;
		}
		return declared.name().isEmpty() ? new DeclaredForeignKey(true, nested.name()) : declared;
	}

}
