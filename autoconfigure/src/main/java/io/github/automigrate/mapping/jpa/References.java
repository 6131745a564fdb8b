package io.github.automigrate.mapping.jpa;

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

import io.github.automigrate.mapping.MappingException;
import io.github.automigrate.model.Column;
import io.github.automigrate.model.ColumnType;
import io.github.automigrate.model.ForeignKey;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.TableName;

/**
 * The columns that refer from one table to an entity: join columns, as declared or with
 * JPA's default names ({@code <prefix>_<referenced column>}), typed like the columns they
 * refer to.
 * <p>
 * Longer than most classes here: it reads every to-one and to-many join (join columns,
 * join tables, mapped-by sides, shared columns) with the rules they share.
 */
final class References {

	/** The sizes Hibernate gives a column that nothing sizes. */
	private static final int DEFAULT_LENGTH = 255;

	private static final int DEFAULT_PRECISION = 38;

	private static final int DEFAULT_SCALE = 2;

	private final MappingContext context;

	private final PrimaryKeys primaryKeys;

	private final ReferencedColumns referencedColumns;

	References(MappingContext context, PrimaryKeys primaryKeys, ReferencedColumns referencedColumns) {
		this.context = context;
		this.primaryKeys = primaryKeys;
		this.referencedColumns = referencedColumns;
	}

	/**
	 * The join columns an attribute declares ({@code @JoinColumns}, {@code @JoinColumn},
	 * or Hibernate's {@code @JoinColumnsOrFormulas} made of columns only), or those an
	 * association override puts in their place.
	 */
	static List<JoinColumn> declaredJoinColumns(Attribute attribute, @Nullable List<JoinColumn> override) {
		if (override != null) {
			return override;
		}
		JoinColumns many = attribute.annotation(JoinColumns.class);
		if (many != null) {
			return List.of(many.value());
		}
		JoinColumn one = attribute.annotation(JoinColumn.class);
		return (one != null) ? List.of(one) : HibernateAnnotations.joinColumnsOrFormulasColumns(attribute.element());
	}

	/**
	 * The association annotation of an attribute ({@code @ManyToOne}, …), or {@code null}
	 * when it is none.
	 */
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
		Class<?> declared = (manyToOne != null) ? manyToOne.targetEntity()
				: (oneToOne != null) ? oneToOne.targetEntity() : (oneToMany != null) ? oneToMany.targetEntity()
						: (manyToMany != null) ? manyToMany.targetEntity() : void.class;
		if (declared != void.class) {
			return declared;
		}
		return attribute.isPlural() ? attribute.elementType() : attribute.javaType();
	}

	/**
	 * The columns referring to an entity.
	 * @param target the referenced entity
	 * @param declared the declared join columns (may be empty)
	 * @param defaultPrefix the prefix of default names: the attribute name, or the owning
	 * entity's name
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
				columns.add(column(this.context.physical(implicitName(defaultPrefix, key, info.table())), key, nullable,
						origin));
				referenced.add(key.name());
			}
			return new Reference(columns, info.table(), referenced);
		}
		List<ReferencedColumns.Found> found = new ArrayList<>();
		for (int i = 0; i < declared.size(); i++) {
			JoinColumn joinColumn = declared.get(i);
			ReferencedColumns.Found key = referencedColumn(target, info.table(), targetKey, joinColumn, i, origin);
			String name = !joinColumn.name().isEmpty() ? joinColumn.name()
					: implicitName(defaultPrefix, key.column(), info.table());
			columns.add(column(this.context.physical(name), key.column(), nullable && joinColumn.nullable(), origin));
			referenced.add(key.column().name());
			found.add(key);
		}
		if (referencesKey(referenced, targetKey)) {
			// Hibernate lists the columns of a reference to the identifier in the
			// identifier's order.
			return inKeyOrder(columns, referenced, targetKey, info.table());
		}
		return toOtherColumns(target, columns, found, origin);
	}

	/**
	 * The implicit name of a join column, {@code <prefix>_<referenced column>}: quoted,
	 * so kept as written by the physical naming, when the referenced column or table is
	 * quoted, as Hibernate quotes it.
	 */
	private static String implicitName(String prefix, Column referenced, TableName table) {
		String name = prefix + "_" + referenced.name().text();
		return (referenced.name().quoted() || table.name().quoted()) ? "`" + name + "`" : name;
	}

	/**
	 * A reference to columns other than the key: Hibernate requires them in one table,
	 * orders them by the attributes that map them, and makes them unique there (a unique
	 * column, or a unique key over several).
	 */
	private Reference toOtherColumns(Class<?> target, List<Column> columns, List<ReferencedColumns.Found> found,
			String origin) {
		TableName table = found.get(0).table();
		if (found.stream().anyMatch((key) -> !key.table().key().equals(table.key()))) {
			throw new MappingException(origin,
					"refers to columns of " + target.getSimpleName() + " that are in different tables.",
					"Refer to columns of one table, or to the identifier.");
		}
		Integer[] order = new Integer[columns.size()];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		java.util.Arrays.sort(order, java.util.Comparator.comparing((Integer i) -> found.get(i).path()));
		// Hibernate 7 sizes the i-th declared join column like the i-th referenced column
		// in attribute order (its ForeignKey.alignColumns skips references to other
		// columns than the key): a quirk, followed for validate.
		List<Column> sized = new ArrayList<>();
		for (int i = 0; i < columns.size(); i++) {
			Column sizedLike = found.get(order[i]).column();
			sized.add((order[i] == i) ? columns.get(i) : sizedLike(columns.get(i), sizedLike));
		}
		List<Column> ordered = new ArrayList<>();
		List<Identifier> referenced = new ArrayList<>();
		for (Integer i : order) {
			ordered.add(sized.get(i));
			referenced.add(found.get(i).column().name());
		}
		this.context.uniqueReference(table, referenced);
		return new Reference(ordered, table, referenced);
	}

	private static Column sizedLike(Column column, Column other) {
		ColumnType type = column.type();
		if (type.definition() != null) {
			return column;
		}
		ColumnType sized = switch (type.kind()) {
			case CHAR, VARCHAR, VARBINARY -> ColumnType.ofLength(type.kind(),
					(other.type().length() != null) ? other.type().length() : DEFAULT_LENGTH);
			case DECIMAL -> (other.type().precision() != null)
					? ColumnType.ofDecimal(other.type().precision(),
							(other.type().scale() != null) ? other.type().scale() : 0)
					: ColumnType.ofDecimal(DEFAULT_PRECISION, DEFAULT_SCALE);
			default -> type;
		};
		return Column.builder(column.name(), sized)
			.nullable(column.nullable())
			.unique(column.unique())
			.origin(column.origin())
			.build();
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

	private ReferencedColumns.Found referencedColumn(Class<?> target, TableName table, List<Column> targetKey,
			JoinColumn joinColumn, int position, String origin) {
		if (joinColumn.referencedColumnName().isEmpty()) {
			if (position < targetKey.size()) {
				return new ReferencedColumns.Found(targetKey.get(position), table, "");
			}
			throw new MappingException(origin,
					"declares more join columns than " + target.getSimpleName() + " has identifier columns.",
					"Name each join column's referencedColumnName.");
		}
		ReferencedColumns.Found found = this.referencedColumns.find(target, joinColumn.referencedColumnName());
		if (found == null) {
			throw new MappingException(origin,
					"refers to the column '" + joinColumn.referencedColumnName() + "' of " + target.getSimpleName()
							+ ", which maps no such column.",
					"Name the column as the mapping does (its @Column name or the attribute name; case does not matter), "
							+ "or leave referencedColumnName out to refer to the identifier.");
		}
		return found;
	}

	private static Column column(Identifier name, Column referenced, boolean nullable, String origin) {
		return Column.builder(name, referenced.type()).nullable(nullable).origin(origin).build();
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
		 * @param declared what the mapping declares of it
		 * @return the foreign key, or empty when the mapping asks for no constraint
		 */
		Optional<ForeignKey> foreignKey(TableName from, DeclaredForeignKey declared) {
			return ForeignKeys.forJoinColumns(from, names(), this.table, this.referencedColumns, declared);
		}

		/** The same columns, NOT NULL (in a join table, or as a key). */
		Reference notNull() {
			return new Reference(this.columns.stream()
				.map((column) -> Column.builder(column.name(), column.type())
					.nullable(false)
					.unique(column.unique())
					.origin(column.origin())
					.build())
				.toList(), this.table, this.referencedColumns);
		}

		/** The same columns, unique when there is one of them. */
		Reference unique() {
			if (this.columns.size() != 1) {
				return this;
			}
			Column column = this.columns.get(0);
			return new Reference(List.of(Column.builder(column.name(), column.type())
				.nullable(column.nullable())
				.unique(true)
				.origin(column.origin())
				.build()), this.table, this.referencedColumns);
		}

	}

}
