package io.github.automigrate.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import org.jspecify.annotations.Nullable;

import io.github.automigrate.model.Column;
import io.github.automigrate.model.ForeignKey;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.TableName;

/**
 * The columns that refer from one table to an entity: join columns, as declared or with JPA's default names
 * ({@code <prefix>_<referenced column>}), typed like the columns they refer to.
 */
final class References {

	private final MappingContext context;

	private final PrimaryKeys primaryKeys;

	References(MappingContext context, PrimaryKeys primaryKeys) {
		this.context = context;
		this.primaryKeys = primaryKeys;
	}

	/** The {@code @ForeignKey} of declared join columns, or {@code null}. */
	static jakarta.persistence.@Nullable ForeignKey foreignKeyOf(List<JoinColumn> joinColumns) {
		return joinColumns.isEmpty() ? null : joinColumns.get(0).foreignKey();
	}

	/** The join columns an attribute declares, or those an association override puts in their place. */
	static List<JoinColumn> declaredJoinColumns(Attribute attribute, @Nullable List<JoinColumn> override) {
		if (override != null) {
			return override;
		}
		JoinColumns many = attribute.annotation(JoinColumns.class);
		if (many != null) {
			return List.of(many.value());
		}
		JoinColumn one = attribute.annotation(JoinColumn.class);
		return (one != null) ? List.of(one) : List.of();
	}

	/** The association annotation of an attribute ({@code @ManyToOne}, …), or {@code null} when it is none. */
	static @Nullable String associationKind(Attribute attribute) {
		for (Class<? extends java.lang.annotation.Annotation> kind : List.of(ManyToOne.class, OneToOne.class,
				OneToMany.class, ManyToMany.class)) {
			if (attribute.has(kind)) {
				return "@" + kind.getSimpleName();
			}
		}
		return null;
	}

	/** The entity an association attribute refers to. */
	static Class<?> target(Attribute attribute) {
		ManyToOne manyToOne = attribute.annotation(ManyToOne.class);
		OneToOne oneToOne = attribute.annotation(OneToOne.class);
		OneToMany oneToMany = attribute.annotation(OneToMany.class);
		ManyToMany manyToMany = attribute.annotation(ManyToMany.class);
		Class<?> declared = (manyToOne != null) ? manyToOne.targetEntity() : (oneToOne != null) ? oneToOne.targetEntity()
				: (oneToMany != null) ? oneToMany.targetEntity() : (manyToMany != null) ? manyToMany.targetEntity() : void.class;
		if (declared != void.class) {
			return declared;
		}
		return attribute.isPlural() ? attribute.elementType() : attribute.javaType();
	}

	/**
	 * The columns referring to an entity.
	 * @param target the referenced entity
	 * @param declared the declared join columns (may be empty)
	 * @param defaultPrefix the prefix of default names: the attribute name, or the owning entity's name
	 * @param nullable whether the columns accept null
	 * @param origin what maps them, for messages
	 * @return the columns, with the referenced table and columns
	 */
	Reference refer(Class<?> target, List<JoinColumn> declared, String defaultPrefix, boolean nullable, String origin) {
		this.context.requireMapped(target, origin, "reference");
		EntityInfo info = this.context.entity(target);
		List<Column> targetKey = this.primaryKeys.of(target);
		List<Column> columns = new ArrayList<>();
		List<Identifier> referenced = new ArrayList<>();
		if (declared.isEmpty()) {
			for (Column key : targetKey) {
				columns.add(column(this.context.physical(defaultPrefix + "_" + key.name().text()), key, nullable, origin));
				referenced.add(key.name());
			}
		}
		else {
			for (int i = 0; i < declared.size(); i++) {
				JoinColumn joinColumn = declared.get(i);
				Column key = referencedColumn(target, targetKey, joinColumn, i, origin);
				String name = !joinColumn.name().isEmpty() ? joinColumn.name() : defaultPrefix + "_" + key.name().text();
				columns.add(column(this.context.physical(name), key, nullable && joinColumn.nullable(), origin));
				referenced.add(key.name());
			}
			if (referencesKey(referenced, targetKey)) {
				// Hibernate lists the columns of a reference to the identifier in the identifier's order.
				return inKeyOrder(columns, referenced, targetKey, info.table());
			}
		}
		return new Reference(columns, info.table(), referenced);
	}

	private static boolean referencesKey(List<Identifier> referenced, List<Column> targetKey) {
		return referenced.size() == targetKey.size() && targetKey.stream()
			.allMatch((key) -> referenced.stream().anyMatch((name) -> name.key().equals(key.name().key())));
	}

	private static Reference inKeyOrder(List<Column> columns, List<Identifier> referenced, List<Column> targetKey,
			TableName table) {
		List<Column> ordered = new ArrayList<>();
		List<Identifier> orderedReferenced = new ArrayList<>();
		for (Column key : targetKey) {
			for (int i = 0; i < referenced.size(); i++) {
				if (referenced.get(i).key().equals(key.name().key())) {
					ordered.add(columns.get(i));
					orderedReferenced.add(referenced.get(i));
				}
			}
		}
		return new Reference(ordered, table, orderedReferenced);
	}

	private Column referencedColumn(Class<?> target, List<Column> targetKey, JoinColumn joinColumn, int position,
			String origin) {
		if (joinColumn.referencedColumnName().isEmpty()) {
			if (position < targetKey.size()) {
				return targetKey.get(position);
			}
			throw new MappingException(origin, "declares more join columns than " + target.getSimpleName()
					+ " has identifier columns.", "Name each join column's referencedColumnName.");
		}
		Identifier wanted = this.context.physical(joinColumn.referencedColumnName());
		for (Column key : targetKey) {
			if (key.name().key().equals(wanted.key())) {
				return key;
			}
		}
		Column other = this.primaryKeys.nonKeyColumn(target, wanted);
		if (other == null) {
			throw new MappingException(origin, "refers to the column '" + joinColumn.referencedColumnName() + "' of "
					+ target.getSimpleName() + ", which maps no such column.",
					"Correct referencedColumnName, or leave it out to refer to the identifier.");
		}
		return other;
	}

	private static Column column(Identifier name, Column referenced, boolean nullable, String origin) {
		return new Column(name, referenced.type(), nullable, false, false, null, origin, null, null);
	}

	/**
	 * Columns referring to another table.
	 *
	 * @param columns the referring columns
	 * @param table the referenced table
	 * @param referencedColumns the referenced columns, in the same order
	 */
	record Reference(List<Column> columns, TableName table, List<Identifier> referencedColumns) {

		List<Identifier> names() {
			return this.columns.stream().map(Column::name).toList();
		}

		/**
		 * The foreign key these columns make from a table.
		 * @param from the referencing table
		 * @param annotation the mapping's {@code @ForeignKey}, or {@code null}
		 * @return the foreign key, or empty when the mapping asks for no constraint
		 */
		Optional<ForeignKey> foreignKey(TableName from, jakarta.persistence.@Nullable ForeignKey annotation) {
			return ForeignKeys.forJoinColumns(from, names(), this.table, this.referencedColumns, annotation);
		}

		/** The same columns, NOT NULL (in a join table, or as a key). */
		Reference notNull() {
			return new Reference(this.columns.stream().map((column) -> new Column(column.name(), column.type(), false,
					column.unique(), false, null, column.origin(), null, null)).toList(), this.table, this.referencedColumns);
		}

		/** The same columns, unique when there is one of them. */
		Reference unique() {
			if (this.columns.size() != 1) {
				return this;
			}
			Column column = this.columns.get(0);
			return new Reference(List.of(new Column(column.name(), column.type(), column.nullable(), true, false, null,
					column.origin(), null, null)), this.table, this.referencedColumns);
		}

	}

}
