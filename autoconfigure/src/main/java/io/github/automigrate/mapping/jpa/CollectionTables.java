package io.github.automigrate.mapping.jpa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.AccessType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKey;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.MapKeyJoinColumn;
import jakarta.persistence.MapKeyJoinColumns;
import jakarta.persistence.MapKeyTemporal;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.UniqueConstraint;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.AnnotationUtils;

import io.github.automigrate.mapping.MappingException;
import io.github.automigrate.model.ColumnType;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.TableName;
import io.github.automigrate.model.TypeKind;

/**
 * The tables and columns of plural attributes: join tables of {@code @OneToMany} and
 * {@code @ManyToMany}, the foreign key column of a {@code @OneToMany} with
 * {@code @JoinColumn}, and collection tables of {@code @ElementCollection}, with their
 * order and map key columns. A join table is named {@code <owning table>_<attribute>}
 * (Spring Boot's default) or {@code <owning table>_<target table>} (JPA's), a collection
 * table {@code <entity>_<attribute>}.
 * <p>
 * Longer than most classes here: it builds every collection table shape JPA and Hibernate
 * map (element collections, join tables, lists, maps keyed by value, entity or column,
 * bags with ids), whose rules depend on one another.
 */
final class CollectionTables {

	private final MappingContext context;

	private final BasicColumns basics;

	private final PrimaryKeys primaryKeys;

	private final References references;

	private final SoftDeletes softDeletes;

	private final java.util.Map<Attribute, List<io.github.automigrate.model.Column>> joinColumns = new java.util.HashMap<>();

	CollectionTables(MappingContext context, BasicColumns basics, PrimaryKeys primaryKeys, References references,
			SoftDeletes softDeletes) {
		this.context = context;
		this.basics = basics;
		this.primaryKeys = primaryKeys;
		this.references = references;
		this.softDeletes = softDeletes;
	}

	/**
	 * Binds a {@code @OneToMany} or {@code @ManyToMany}; the inverse side
	 * ({@code mappedBy}) maps nothing.
	 * @param attribute the attribute
	 * @param owner the owning entity
	 * @param ownerTable the owning entity's table
	 * @return the join table, or {@code null} when there is none (the inverse side, or a
	 * join column in the target)
	 */
	@Nullable TableName association(Attribute attribute, Class<?> owner, TableBuilder ownerTable,
			@Nullable JoinTable overridden) {
		OneToMany oneToMany = attribute.annotation(OneToMany.class);
		ManyToMany manyToMany = attribute.annotation(ManyToMany.class);
		String mappedBy = (oneToMany != null) ? oneToMany.mappedBy() : manyToMany.mappedBy();
		Class<?> target = References.target(attribute);
		if (!mappedBy.isEmpty()) {
			if (oneToMany != null) {
				// Hibernate still keeps the inverse side's order or map key column, in
				// the target's table.
				keysInTarget(attribute, owner,
						this.context.table(this.context.entity(target).table(), target.getName()));
			}
			return null;
		}
		List<JoinColumn> joinColumns = References.declaredJoinColumns(attribute, null);
		if (oneToMany != null && !joinColumns.isEmpty() && !attribute.has(JoinTable.class) && overridden == null) {
			foreignKeyInTarget(attribute, owner, ownerTable, target, joinColumns);
			return null;
		}
		JoinTable joinTable = (overridden != null) ? overridden : attribute.annotation(JoinTable.class);
		TableName name = (joinTable != null && !joinTable.name().isEmpty())
				? this.context.tableName(joinTable.catalog(), joinTable.schema(), joinTable.name())
				: this.context.tableName("", "", joinTableName(ownerTable, target, attribute));
		TableBuilder table = this.context.table(name, attribute.origin());
		if (joinTable != null) {
			table.declares(new TableConstraintsReader.Declared(attribute.origin(), joinTable.indexes(),
					joinTable.uniqueConstraints()));
		}
		References.Reference ownerSide = this.references
			.refer(owner, (joinTable != null) ? List.of(joinTable.joinColumns()) : List.of(),
					inverseName(attribute, owner, target), false, attribute.origin())
			.notNull();
		References.Reference targetSide = this.references
			.refer(target, (joinTable != null) ? List.of(joinTable.inverseJoinColumns()) : List.of(), attribute.name(),
					false, attribute.origin())
			.notNull();
		// Each target belongs to one owner only: Hibernate 7.4 keys a one-to-many set's
		// table by its elements alone (no unique key beside), and makes them unique in
		// any other one-to-many.
		boolean keyedByElements = oneToMany != null && attribute.isSet() && !attribute.has(OrderColumn.class)
				&& !table.declaresUniqueKey();
		if (oneToMany != null && !keyedByElements) {
			targetSide = targetSide.unique();
		}
		ownerSide.columns().forEach((column) -> table.add(column, false));
		List<Identifier> key = keyedByElements ? new ArrayList<>() : new ArrayList<>(ownerSide.names());
		boolean keyedByTarget = attribute.has(MapKey.class);
		if (attribute.isMap() && !keyedByTarget) {
			key.addAll(mapKey(attribute, table));
		}
		collectionId(attribute, table);
		targetSide.columns().forEach((column) -> table.add(column, false));
		if (keyedByTarget) {
			// @MapKey reads the key from the target's row: Hibernate adds no key column
			// and keys the table by the target's columns instead.
			key.addAll(targetSide.names());
		}
		orderAndKey(attribute, ownerTable, table, key, targetSide.names());
		softDelete(attribute, table);
		ownerSide
			.foreignKey(name,
					(joinTable != null) ? DeclaredForeignKey.ofJoinTable(joinTable) : DeclaredForeignKey.IMPLICIT)
			.map(HibernateAnnotations.onDeleteOf(attribute.element()))
			.ifPresent(table::addForeignKey);
		targetSide
			.foreignKey(name,
					(joinTable != null) ? DeclaredForeignKey.ofJoinTableInverse(joinTable)
							: DeclaredForeignKey.IMPLICIT)
			.ifPresent(table::addForeignKey);
		return name;
	}

	/**
	 * The key columns a one-to-many with a join column put into its target's table.
	 * @param attribute the attribute
	 * @return the columns, empty for any other attribute
	 */
	List<io.github.automigrate.model.Column> joinColumnsOf(Attribute attribute) {
		return this.joinColumns.getOrDefault(attribute, List.of());
	}

	/**
	 * The default join table name: Spring Boot's {@code <owner table>_<attribute>}, or
	 * JPA's {@code <owner table>_<target table>}. Hibernate joins the physical names and
	 * applies the physical naming again.
	 */
	private String joinTableName(TableBuilder ownerTable, Class<?> target, Attribute attribute) {
		TableName targetTable = this.context.entity(target).table();
		String second = this.context.naming.settings().jpaJoinTables() ? targetTable.name().text() : attribute.name();
		return quotedLike(ownerTable.name().name().text() + "_" + second, ownerTable.name(), targetTable);
	}

	/**
	 * An implicit collection table name, quoted (so kept as written by the physical
	 * naming) when the owner's or the target's table is quoted, as Hibernate quotes it.
	 */
	private static String quotedLike(String name, TableName owner, @Nullable TableName target) {
		boolean quoted = owner.name().quoted() || (target != null && target.name().quoted());
		return quoted ? "`" + name + "`" : name;
	}

	/**
	 * The prefix of the owner's columns in a join table: the inverse side's attribute
	 * name when the association is bidirectional, else the owning entity's name (JPA's
	 * defaults).
	 */
	private String inverseName(Attribute attribute, Class<?> owner, Class<?> target) {
		for (Class<?> type = target; type != null; type = EntityInfo.parentEntity(type)) {
			for (Attribute inverse : this.context.declaredAttributes(type, this.context.entity(type).access())) {
				ManyToMany manyToMany = inverse.annotation(ManyToMany.class);
				if (manyToMany != null && manyToMany.mappedBy().equals(attribute.name())) {
					return inverse.name();
				}
			}
		}
		return EntityInfo.entityName(owner);
	}

	private void foreignKeyInTarget(Attribute attribute, Class<?> owner, TableBuilder ownerTable, Class<?> target,
			List<JoinColumn> joinColumns) {
		TableBuilder table = this.context.table(this.context.entity(target).table(), target.getName());
		References.Reference reference = this.references.refer(owner, joinColumns, attribute.name(), true,
				attribute.origin());
		reference.columns().forEach((column) -> table.addContributed(column, owner));
		this.joinColumns.put(attribute, reference.columns());
		keysInTarget(attribute, owner, table);
		reference.foreignKey(table.name(), DeclaredForeignKey.ofCollectionJoinColumn(attribute))
			.map(HibernateAnnotations.onDeleteOf(attribute.element()))
			.ifPresent(table::addForeignKey);
	}

	/**
	 * Adds the order column, or a map's basic key column, of a one-to-many whose rows are
	 * the target's: to the target's table, after its own columns; a map key nullable
	 * whatever {@code @MapKeyColumn} says (the target may be in no map), as Hibernate 7.4
	 * creates it.
	 */
	private void keysInTarget(Attribute attribute, Class<?> owner, TableBuilder table) {
		OrderColumn order = attribute.annotation(OrderColumn.class);
		if (order != null) {
			table.addContributed(orderColumn(attribute, order, true), owner);
		}
		else if (attribute.isMap() && !attribute.has(MapKey.class) && mapKeyJoinColumns(attribute).isEmpty()
				&& !attribute.mapKeyType().isAnnotationPresent(jakarta.persistence.Entity.class)
				&& !attribute.mapKeyType().isAnnotationPresent(Embeddable.class)) {
			table.addContributed(basicMapKey(attribute, true), owner);
		}
	}

	/**
	 * Binds an {@code @ElementCollection}: its collection table, keyed to the owner.
	 * @param attribute the attribute
	 * @param owner the owning entity
	 * @param ownerTable the owning entity's table
	 * @return the collection table
	 */
	@Nullable TableName elementCollection(Attribute attribute, Class<?> owner, TableBuilder ownerTable) {
		ElementTable declared = ElementTable.of(attribute);
		TableName name = (declared != null && !declared.name().isEmpty())
				? this.context.tableName(declared.catalog(), declared.schema(), declared.name())
				: this.context.tableName("", "",
						quotedLike(EntityInfo.entityName(owner) + "_" + attribute.name(), ownerTable.name(), null));
		TableBuilder table = this.context.table(name, attribute.origin());
		if (declared != null) {
			table.declares(new TableConstraintsReader.Declared(attribute.origin(), declared.indexes(),
					declared.uniqueConstraints()));
		}
		References.Reference ownerSide = this.references
			.refer(owner, (declared != null) ? declared.joinColumns() : List.of(), EntityInfo.entityName(owner), false,
					attribute.origin())
			.notNull();
		ownerSide.columns().forEach((column) -> table.add(column, false));
		List<Identifier> key = new ArrayList<>(ownerSide.names());
		if (attribute.isMap()) {
			key.addAll(mapKey(attribute, table));
		}
		collectionId(attribute, table);
		List<Identifier> elements = new ArrayList<>();
		Class<?> element = attribute.elementType();
		if (attribute.hasEmbeddableElements()) {
			Overrides overrides = Overrides.NONE.with(attribute, attribute.isMap() ? "value." : "");
			embeddable(element, this.context.embeddableAccess(element, attribute), overrides, table, elements);
		}
		else {
			Column column = attribute.annotation(Column.class);
			String columnName = (column != null && !column.name().isEmpty()) ? column.name() : attribute.name();
			ColumnType type = this.basics.type(attribute, element, column);
			boolean nullable = column == null || column.nullable();
			io.github.automigrate.model.Column value = io.github.automigrate.model.Column
				.builder(this.context.physical(columnName), type)
				.nullable(nullable)
				.origin(attribute.origin())
				.build();
			table.add(value, false);
			elements.add(value.name());
		}
		orderAndKey(attribute, ownerTable, table, key, elements);
		softDelete(attribute, table);
		ownerSide
			.foreignKey(name,
					(declared != null) ? declared.foreignKey() : DeclaredForeignKey.ofCollectionJoinColumn(attribute))
			.map(HibernateAnnotations.onDeleteOf(attribute.element()))
			.ifPresent(table::addForeignKey);
		return name;
	}

	/**
	 * Adds the column of a soft-deleted collection's table (after its key, which the
	 * column is no part of).
	 */
	private void softDelete(Attribute attribute, TableBuilder table) {
		io.github.automigrate.model.Column column = this.softDeletes.ofCollection(attribute);
		if (column != null) {
			table.add(column, false);
		}
	}

	/**
	 * Adds an embeddable's columns to a collection table, in declaration order, and their
	 * names to {@code names} in the alphabetical order of the embeddable's attributes:
	 * Hibernate sorts an embeddable's attributes by name, and keys the collection
	 * (primary or unique key) in that order.
	 */
	private void embeddable(Class<?> type, AccessType access, Overrides overrides, TableBuilder table,
			List<Identifier> names) {
		Map<String, List<Identifier>> byAttribute = new java.util.TreeMap<>();
		for (Attribute part : this.context.declaredAttributes(type, access)) {
			List<Identifier> partNames = new ArrayList<>();
			byAttribute.put(part.name(), partNames);
			if (part.javaType().isAnnotationPresent(Embeddable.class)) {
				embeddable(part.javaType(), this.context.embeddableAccess(part.javaType(), part),
						overrides.below(part.name()).with(part, ""), table, partNames);
			}
			else if (PrimaryKeys.isToOne(part)) {
				References.Reference reference = this.references.refer(References.target(part),
						References.declaredJoinColumns(part, overrides.joinColumns(part.name())), part.name(), true,
						part.origin());
				reference.columns().forEach((column) -> {
					table.add(column, false);
					partNames.add(column.name());
				});
				reference.foreignKey(table.name(), DeclaredForeignKey.ofToOne(part, overrides.joinColumns(part.name())))
					.ifPresent(table::addForeignKey);
			}
			else {
				io.github.automigrate.model.Column column = this.basics.column(part, overrides.column(part.name()),
						overrides.convert(part.name()), false, false);
				table.add(column, false);
				partNames.add(column.name());
			}
		}
		byAttribute.values().forEach(names::addAll);
	}

	/** Adds a map's key column (or join columns), returning their names. */
	private List<Identifier> mapKey(Attribute attribute, TableBuilder table) {
		Class<?> keyType = attribute.mapKeyType();
		List<MapKeyJoinColumn> joinColumns = mapKeyJoinColumns(attribute);
		if (!joinColumns.isEmpty() || keyType.isAnnotationPresent(jakarta.persistence.Entity.class)) {
			String defaultName = attribute.name() + "_KEY";
			References.Reference reference = this.references.refer(keyType,
					joinColumns.stream().map(CollectionTables::asJoinColumn).toList(), defaultName, false,
					attribute.origin());
			boolean unnamed = joinColumns.isEmpty() || joinColumns.get(0).name().isEmpty();
			List<io.github.automigrate.model.Column> columns = (reference.columns().size() == 1 && unnamed)
					? List.of(rename(reference.columns().get(0), this.context.physical(defaultName)))
					: reference.columns();
			columns.forEach((column) -> table.add(column, false));
			new References.Reference(columns, reference.table(), reference.referencedColumns())
				.foreignKey(table.name(),
						joinColumns.isEmpty() ? DeclaredForeignKey.IMPLICIT
								: DeclaredForeignKey.of(joinColumns.get(0).foreignKey()))
				.ifPresent(table::addForeignKey);
			return columns.stream().map(io.github.automigrate.model.Column::name).toList();
		}
		if (keyType.isAnnotationPresent(Embeddable.class)) {
			// Hibernate keys the map by the embeddable's columns, named as the embeddable
			// names them or as @AttributeOverride(name = "key.<attribute>") does; they
			// are part of the primary key, so NOT NULL.
			List<Identifier> names = new ArrayList<>();
			TableBuilder keyColumns = new TableBuilder(table.name(), attribute.origin());
			embeddable(keyType, this.context.embeddableAccess(keyType, attribute),
					Overrides.NONE.with(attribute, "key."), keyColumns, names);
			keyColumns.columns()
				.forEach((column) -> table.add(io.github.automigrate.model.Column.builder(column.name(), column.type())
					.nullable(false)
					.origin(column.origin())
					.build(), false));
			keyColumns.foreignKeys().forEach(table::addForeignKey);
			return names;
		}
		io.github.automigrate.model.Column key = basicMapKey(attribute, false);
		table.add(key, false);
		return List.of(key.name());
	}

	/**
	 * The column of a map's basic key: {@code @MapKeyColumn}'s, else
	 * {@code <attribute>_KEY}.
	 */
	private io.github.automigrate.model.Column basicMapKey(Attribute attribute, boolean nullable) {
		Class<?> keyType = attribute.mapKeyType();
		MapKeyColumn column = attribute.annotation(MapKeyColumn.class);
		String name = (column != null && !column.name().isEmpty()) ? column.name() : attribute.name() + "_KEY";
		MapKeyEnumerated enumerated = attribute.annotation(MapKeyEnumerated.class);
		MapKeyTemporal temporal = attribute.annotation(MapKeyTemporal.class);
		ColumnType type = this.context.types.columnType(keyType, false, (temporal != null) ? temporal.value() : null,
				(enumerated != null) ? enumerated.value() : EnumType.ORDINAL, null);
		if (type == null) {
			throw new MappingException(attribute.origin(),
					"has map keys of type " + keyType.getName() + ", which AutoMigrate cannot map to a column.",
					"Use a basic type, an enum or an entity as the key.");
		}
		if (column != null && column.length() != 255 && type.length() != null) {
			type = ColumnType.ofLength(type.kind(), column.length());
		}
		return io.github.automigrate.model.Column.builder(this.context.physical(name), type)
			.nullable(nullable)
			.origin(attribute.origin())
			.build();
	}

	/**
	 * The {@code @MapKeyJoinColumn}s of a map keyed by an entity: one, or several in
	 * {@code @MapKeyJoinColumns}.
	 */
	private static List<MapKeyJoinColumn> mapKeyJoinColumns(Attribute attribute) {
		MapKeyJoinColumns many = attribute.annotation(MapKeyJoinColumns.class);
		if (many != null) {
			return List.of(many.value());
		}
		MapKeyJoinColumn one = attribute.annotation(MapKeyJoinColumn.class);
		return (one != null) ? List.of(one) : List.of();
	}

	/**
	 * A map key join column read as the join column it is, so that its referenced column
	 * is resolved as every join column's is; a map key is part of the table's key, so NOT
	 * NULL.
	 */
	private static JoinColumn asJoinColumn(MapKeyJoinColumn column) {
		return AnnotationUtils.synthesizeAnnotation(Map.of("name", column.name(), "referencedColumnName",
				column.referencedColumnName(), "nullable", false, "foreignKey", column.foreignKey()), JoinColumn.class,
				null);
	}

	/**
	 * Adds the identifier column of a bag with Hibernate's {@code @CollectionId} (an
	 * "idbag"), after the owner's columns and before the elements, as Hibernate creates
	 * it: NOT NULL, the table's whole primary key.
	 */
	private void collectionId(Attribute attribute, TableBuilder table) {
		HibernateAnnotations.CollectionId collectionId = HibernateAnnotations.collectionId(attribute.element());
		if (collectionId == null) {
			return;
		}
		if (collectionId.name().isEmpty() || collectionId.kind() == null) {
			throw new MappingException(attribute.origin(),
					"has a @CollectionId whose column AutoMigrate cannot shape: it "
							+ "needs the column's name and an integer type.",
					"Name it in @CollectionId(column = @Column(name = ...))"
							+ " and give its type with @CollectionIdJdbcTypeCode(Types.BIGINT) (or INTEGER, SMALLINT).");
		}
		table.add(io.github.automigrate.model.Column
			.builder(this.context.physical(collectionId.name()), ColumnType.of(collectionId.kind()))
			.nullable(false)
			.origin(attribute.origin())
			.build(), true);
		// Its values come from a generator that may be declared for it alone: Hibernate
		// makes its table or sequence.
		if (!collectionId.generator().isEmpty()) {
			this.context.generators.named(collectionId.generator())
				.ifPresent((sequence) -> this.context.sequences.putIfAbsent(sequence.name().key(), sequence));
		}
	}

	/** Adds the order column if any, and the primary key Hibernate gives the table. */
	private void orderAndKey(Attribute attribute, TableBuilder ownerTable, TableBuilder table, List<Identifier> key,
			List<Identifier> elements) {
		OrderColumn order = attribute.annotation(OrderColumn.class);
		List<Identifier> primaryKey = new ArrayList<>(key);
		if (order != null) {
			io.github.automigrate.model.Column column = orderColumn(attribute, order, false);
			table.add(column, false);
			primaryKey.add(column.name());
		}
		else if (attribute.isSet() && table.declaresUniqueKey()) {
			// Hibernate gives a set no key of its own when its table declares a unique
			// one.
			return;
		}
		else if (attribute.isSet() && allNotNull(table, elements)) {
			// A set is keyed on its elements, where they cannot be null.
			primaryKey.addAll(elements);
		}
		else if (attribute.isSet()) {
			// Nullable elements cannot be in a primary key: Hibernate makes owner and
			// elements a unique key instead, and names it as if it were on the owner's
			// table (its collection's table, in Hibernate's terms).
			List<Identifier> unique = new ArrayList<>(key);
			unique.addAll(elements);
			io.github.automigrate.model.Index index = new io.github.automigrate.model.Index(
					ConstraintNames.uniqueKey(ownerTable.name(), unique), unique, true);
			table.addIndex(index);
			this.context.setKeyNames.add(table.name(), index);
			return;
		}
		else if (!attribute.isMap()) {
			// A bag has no primary key.
			return;
		}
		if (!table.hasPrimaryKey()) {
			List<io.github.automigrate.model.Column> columns = table.columns();
			for (Identifier name : primaryKey) {
				columns.stream()
					.filter((column) -> column.name().key().equals(name.key()))
					.findFirst()
					.ifPresent((column) -> table.add(column, true));
			}
		}
	}

	private static boolean allNotNull(TableBuilder table, List<Identifier> names) {
		return table.columns()
			.stream()
			.filter((column) -> names.stream().anyMatch((name) -> name.key().equals(column.name().key())))
			.noneMatch(io.github.automigrate.model.Column::nullable);
	}

	/**
	 * The order column: in a join or collection table part of the key, so NOT NULL; in
	 * the target's table as {@code @OrderColumn(nullable)} says, as Hibernate 7.4 creates
	 * it.
	 */
	private io.github.automigrate.model.Column orderColumn(Attribute attribute, OrderColumn order, boolean inTarget) {
		String name = !order.name().isEmpty() ? order.name() : attribute.name() + "_ORDER";
		return io.github.automigrate.model.Column.builder(this.context.physical(name), ColumnType.of(TypeKind.INTEGER))
			.nullable(inTarget && order.nullable())
			.origin(attribute.origin())
			.build();
	}

	private static io.github.automigrate.model.Column rename(io.github.automigrate.model.Column column,
			Identifier name) {
		return io.github.automigrate.model.Column.builder(name, column.type())
			.nullable(column.nullable())
			.unique(column.unique())
			.origin(column.origin())
			.build();
	}

	/**
	 * What an element collection declares of its table: {@code @CollectionTable}, else
	 * {@code @JoinTable}, which Hibernate honours in its place (name, join columns,
	 * indexes, unique constraints, foreign key).
	 */
	private record ElementTable(String catalog, String schema, String name, List<JoinColumn> joinColumns,
			jakarta.persistence.Index[] indexes, UniqueConstraint[] uniqueConstraints, DeclaredForeignKey foreignKey) {

		static @Nullable ElementTable of(Attribute attribute) {
			CollectionTable collectionTable = attribute.annotation(CollectionTable.class);
			if (collectionTable != null) {
				return new ElementTable(collectionTable.catalog(), collectionTable.schema(), collectionTable.name(),
						List.of(collectionTable.joinColumns()), collectionTable.indexes(),
						collectionTable.uniqueConstraints(), DeclaredForeignKey.ofCollectionTable(collectionTable));
			}
			JoinTable joinTable = attribute.annotation(JoinTable.class);
			if (joinTable != null) {
				return new ElementTable(joinTable.catalog(), joinTable.schema(), joinTable.name(),
						List.of(joinTable.joinColumns()), joinTable.indexes(), joinTable.uniqueConstraints(),
						DeclaredForeignKey.ofJoinTable(joinTable));
			}
			return null;
		}

	}

}
