package io.github.automigrate.mapping.jpa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import org.jspecify.annotations.Nullable;

import io.github.automigrate.mapping.MappingException;
import io.github.automigrate.model.ColumnType;
import io.github.automigrate.model.Sequence;
import io.github.automigrate.model.TableName;
import io.github.automigrate.model.TypeKind;

/**
 * Binds one entity into the tables being built: its primary key, discriminator, secondary
 * tables, and each attribute (basic, embedded, to-one, and through
 * {@link CollectionTables} the plural ones).
 * <p>
 * Longer than most classes here: it binds one entity as a whole (inheritance, secondary
 * tables, attributes in their order), delegating each kind of attribute to its own class.
 */
final class EntityBinder {

	private static final int DEFAULT_DISCRIMINATOR_LENGTH = 31;

	private final MappingContext context;

	private final BasicColumns basics;

	private final PrimaryKeys primaryKeys;

	private final References references;

	private final ReferencedColumns referencedColumns;

	private final CollectionTables collections;

	private final SoftDeletes softDeletes;

	EntityBinder(MappingContext context) {
		this.context = context;
		this.basics = new BasicColumns(context);
		this.primaryKeys = new PrimaryKeys(context, this.basics);
		this.referencedColumns = new ReferencedColumns(context, this.basics, this.primaryKeys);
		this.references = new References(context, this.primaryKeys, this.referencedColumns);
		this.primaryKeys.use(this.references, this.referencedColumns);
		this.softDeletes = new SoftDeletes(context);
		this.collections = new CollectionTables(context, this.basics, this.primaryKeys, this.references,
				this.softDeletes);
	}

	/**
	 * Binds an entity.
	 * @param entity the entity class
	 */
	void bind(Class<?> entity) {
		EntityInfo info = this.context.entity(entity);
		if (!info.hasOwnTable() && info.strategy() != InheritanceType.SINGLE_TABLE) {
			if (info.isRoot()) {
				// An abstract table-per-class root has no table, but its generator serves
				// every concrete table.
				registerGenerator(entity, info);
			}
			return;
		}
		TableBuilder table = this.context.table(info.table(), entity.getName());
		boolean subclassOfSingleTable = info.strategy() == InheritanceType.SINGLE_TABLE && !info.isRoot();
		table.placeNext(subclassOfSingleTable ? ColumnPlacement.subclass(entity) : ColumnPlacement.OWN);
		if (!subclassOfSingleTable) {
			table.ownedBy(entity);
			this.primaryKeys.tableColumns(entity).forEach((column) -> table.add(column, true));
		}
		if (info.isRoot()) {
			discriminator(entity, info, table);
			registerGenerator(entity, info);
			io.github.automigrate.model.Column softDelete = this.softDeletes.ofEntity(entity);
			if (softDelete != null) {
				table.add(softDelete, false);
			}
		}
		else if (info.strategy() == InheritanceType.JOINED) {
			Class<?> parent = info.parent();
			new References.Reference(this.primaryKeys.of(entity), this.context.entity(parent).table(),
					this.primaryKeys.of(parent).stream().map(io.github.automigrate.model.Column::name).toList())
				.foreignKey(table.name(), DeclaredForeignKey.ofJoinedSubclass(entity))
				.map(HibernateAnnotations.onDeleteOf(entity))
				.ifPresent(table::addForeignKey);
		}
		Map<String, TableBuilder> secondary = secondaryTables(entity, table);
		Overrides overrides = Overrides.ofClass(entity);
		for (Attribute attribute : attributes(entity, info)) {
			if (attribute.has(Id.class) || attribute.has(EmbeddedId.class)) {
				AttributeChecks.check(attribute);
			}
			if (attribute.isPlural() && inheritedByTablePerClass(attribute, info)) {
				// Hibernate binds a collection once, for the entity that declares it: a
				// table-per-class subclass gets no
				// collection table of its own for it.
				continue;
			}
			if (!attribute.has(Id.class) && !attribute.has(EmbeddedId.class)) {
				int before = table.columnCount();
				TableName plural = bindAttribute(attribute, entity, table, secondary, subclassOfSingleTable, overrides,
						BeanValidation.Cascade.of(attribute));
				// A table-per-class subclass's table takes its root's columns but not its
				// root's unique keys (Hibernate's DenormalizedTable copies columns and
				// foreign keys only), so an inherited natural id is unique in the root's
				// table alone.
				if (HibernateAnnotations.isNaturalId(attribute.element())
						&& !inheritedByTablePerClass(attribute, info)) {
					table.addNaturalIdColumns(before, attribute.name());
				}
				List<io.github.automigrate.model.Column> added = table.columnsAfter(before);
				this.context.bound(entity,
						new MappingContext.Bound(attribute,
								(plural == null && added.isEmpty()) ? this.collections.joinColumnsOf(attribute) : added,
								plural));
			}
			else if (PrimaryKeys.isToOne(attribute)) {
				this.primaryKeys.reference(attribute)
					.foreignKey(table.name(), DeclaredForeignKey.ofToOne(attribute, null))
					.map(HibernateAnnotations.onDeleteOf(attribute.element()))
					.ifPresent(table::addForeignKey);
			}
			else if (attribute.isEmbeddedId()) {
				for (Attribute part : this.primaryKeys.referencesInside(attribute)) {
					this.primaryKeys.reference(part)
						.foreignKey(table.name(), DeclaredForeignKey.ofToOne(part, null))
						.map(HibernateAnnotations.onDeleteOf(part.element()))
						.ifPresent(table::addForeignKey);
				}
			}
		}
		table.ownerBound();
	}

	/**
	 * The attributes whose columns go to the entity's table: in a table-per-class
	 * hierarchy, the inherited ones too.
	 */
	private List<Attribute> attributes(Class<?> entity, EntityInfo info) {
		List<Attribute> attributes = new ArrayList<>();
		if (info.strategy() == InheritanceType.TABLE_PER_CLASS) {
			for (Class<?> parent = info.parent(); parent != null; parent = EntityInfo.parentEntity(parent)) {
				attributes.addAll(0, this.context.declaredAttributes(parent, info.access()));
			}
		}
		attributes.addAll(this.context.declaredAttributes(entity, info.access()));
		return attributes;
	}

	/** Binds an attribute; returns the join or collection table it has, if any. */
	private @Nullable TableName bindAttribute(Attribute attribute, Class<?> entity, TableBuilder table,
			Map<String, TableBuilder> secondary, boolean forceNullable, Overrides overrides,
			BeanValidation.Cascade validation) {
		AttributeChecks.check(attribute);
		String association = References.associationKind(attribute);
		if (association != null) {
			this.context.requireMapped(References.target(attribute), attribute.origin(), association);
		}
		if (PrimaryKeys.isToOne(attribute)) {
			bindToOne(attribute, entity, table, secondary, forceNullable, overrides, validation);
		}
		else if (attribute.has(OneToMany.class) || attribute.has(ManyToMany.class)) {
			return this.collections.association(attribute, entity, table, overrides.joinTable(attribute.name()));
		}
		else if (attribute.has(ElementCollection.class)) {
			return this.collections.elementCollection(attribute, entity, table);
		}
		else if ((attribute.has(Embedded.class) || attribute.javaType().isAnnotationPresent(Embeddable.class))
				&& !jsonAggregate(attribute)) {
			Overrides inner = overrides.below(attribute.name()).with(attribute, "");
			BeanValidation.Cascade parts = validation.into(attribute, this.context.validationGroups);
			Class<?> type = attribute.javaType();
			// Hibernate's @EmbeddedTable puts every column of the embedded value into one
			// of the entity's secondary tables, as @Column(table) on each would.
			String embeddedTable = HibernateAnnotations.embeddedTable(attribute.element());
			TableBuilder partsTable = (embeddedTable != null) ? secondary(secondary, embeddedTable, attribute) : table;
			for (Attribute part : this.context.declaredAttributes(type,
					this.context.embeddableAccess(type, attribute))) {
				bindAttribute(part, entity, partsTable, secondary, forceNullable, inner, parts);
			}
		}
		else {
			Column override = overrides.column(attribute.name());
			Column column = (override != null) ? override : attribute.annotation(Column.class);
			TableBuilder target = (column != null && !column.table().isEmpty())
					? secondary(secondary, column.table(), attribute) : table;
			target.add(this.basics.column(attribute, override, overrides.convert(attribute.name()), false,
					forceNullable, validation), false);
		}
		return null;
	}

	/**
	 * Whether an embedded value is one of Hibernate's aggregate embeddables: with
	 * {@code @JdbcTypeCode(SqlTypes.JSON)} Hibernate stores the whole value, nested
	 * embeddables included, in one JSON column named as a basic attribute's would be.
	 */
	private static boolean jsonAggregate(Attribute attribute) {
		Integer typeCode = HibernateAnnotations.jdbcTypeCode(attribute.element());
		return typeCode != null && typeCode == HibernateAnnotations.JSON;
	}

	private void bindToOne(Attribute attribute, Class<?> entity, TableBuilder table,
			Map<String, TableBuilder> secondary, boolean forceNullable, Overrides overrides,
			BeanValidation.Cascade validation) {
		OneToOne oneToOne = attribute.annotation(OneToOne.class);
		if (overrides.joinTable(attribute.name()) != null) {
			throw new MappingException(attribute.origin(),
					"has its join table overridden with @AssociationOverride(joinTable = ...), which AutoMigrate "
							+ "builds for collections only.",
					"Declare the @JoinTable on the to-one association itself, or create the table yourself and "
							+ "leave this entity out of AutoMigrate.");
		}
		if (oneToOne != null && !oneToOne.mappedBy().isEmpty()) {
			return;
		}
		if (oneToOne != null && (attribute.has(PrimaryKeyJoinColumn.class)
				|| attribute.has(jakarta.persistence.PrimaryKeyJoinColumns.class))) {
			// A one-to-one on the primary key shares the identifier's columns: Hibernate
			// maps no column for it, nor a foreign key.
			return;
		}
		JoinTable joinTable = attribute.annotation(JoinTable.class);
		if (joinTable != null && joinTable.name().isEmpty()) {
			this.context.warnings
				.add(attribute.origin() + ": a to-one association through a join table without a name is "
						+ "not created; name it in @JoinTable(name = ...), or create the table yourself.");
			return;
		}
		if (joinTable != null) {
			bindToOneJoinTable(attribute, entity, table, joinTable, oneToOne != null);
			return;
		}
		ManyToOne manyToOne = attribute.annotation(ManyToOne.class);
		boolean optional = (oneToOne != null) ? oneToOne.optional() : manyToOne.optional();
		List<JoinColumn> declared = References.declaredJoinColumns(attribute, overrides.joinColumns(attribute.name()));
		// Hibernate applies Bean Validation's @NotNull to a to-one's join columns as to a
		// basic column (in an embeddable, through @Valid embeddings that are not null).
		boolean notNull = this.context.beanValidation && validation.notNull()
				&& BeanValidation.notNull(attribute, this.context.validationGroups);
		References.Reference reference = this.references.refer(References.target(attribute), declared, attribute.name(),
				forceNullable || (optional && !notNull), attribute.origin());
		if (oneToOne != null || declared.stream().anyMatch(JoinColumn::unique)) {
			reference = reference.unique();
		}
		TableBuilder target = (!declared.isEmpty() && !declared.get(0).table().isEmpty())
				? secondary(secondary, declared.get(0).table(), attribute) : table;
		boolean key = attribute.has(MapsId.class);
		for (io.github.automigrate.model.Column column : reference.columns()) {
			target.addJoinColumn(column, key);
		}
		if (oneToOne != null && reference.columns().size() > 1) {
			// Several join columns (a composite target key): Hibernate makes them unique
			// together, as it makes a single one unique.
			target.uniqueForReference(reference.names());
		}
		reference
			.foreignKey(target.name(), DeclaredForeignKey.ofToOne(attribute, overrides.joinColumns(attribute.name())))
			.map(HibernateAnnotations.onDeleteOf(attribute.element()))
			.ifPresent(target::addForeignKey);
	}

	/**
	 * A to-one association through a join table, as Hibernate 7 creates it: a table keyed
	 * by the owner's key (its columns named by {@code joinColumns}, else as the owner's
	 * key columns), its reference columns NOT NULL however they are declared, unique for
	 * a one-to-one, and a foreign key each way. A row exists only while the association
	 * is set.
	 */
	private void bindToOneJoinTable(Attribute attribute, Class<?> entity, TableBuilder ownerTable, JoinTable joinTable,
			boolean oneToOne) {
		TableName name = this.context.tableName(joinTable.catalog(), joinTable.schema(), joinTable.name());
		TableBuilder table = this.context.table(name, attribute.origin());
		table.declares(new TableConstraintsReader.Declared(attribute.origin(), joinTable.indexes(),
				joinTable.uniqueConstraints()));
		List<io.github.automigrate.model.Column> key = this.primaryKeys.of(entity);
		List<io.github.automigrate.model.Column> keyColumns = this.referencedColumns.keyColumns(entity, key,
				ReferencedColumns.KeyJoin.of(joinTable.joinColumns()), attribute.origin());
		keyColumns.forEach((column) -> table.add(column, true));
		List<JoinColumn> inverse = List.of(joinTable.inverseJoinColumns());
		References.Reference reference = this.references
			.refer(References.target(attribute), inverse, attribute.name(), false, attribute.origin())
			.notNull();
		if (oneToOne || inverse.stream().anyMatch(JoinColumn::unique)) {
			reference = reference.unique();
		}
		reference.columns().forEach((column) -> table.add(column, false));
		new References.Reference(keyColumns, ownerTable.name(),
				key.stream().map(io.github.automigrate.model.Column::name).toList())
			.foreignKey(name, DeclaredForeignKey.ofJoinTable(joinTable))
			.ifPresent(table::addForeignKey);
		reference.foreignKey(name, DeclaredForeignKey.ofJoinTableInverse(joinTable)).ifPresent(table::addForeignKey);
	}

	private void discriminator(Class<?> root, EntityInfo info, TableBuilder table) {
		DiscriminatorColumn declared = root.getAnnotation(DiscriminatorColumn.class);
		// Hibernate adds a discriminator to a single table that holds several entities,
		// and to any declared one.
		boolean needed = (declared != null) ? info.strategy() != InheritanceType.TABLE_PER_CLASS
				: info.strategy() == InheritanceType.SINGLE_TABLE && this.context.hasSubclasses(root);
		if (!needed) {
			return;
		}
		String name = (declared != null) ? declared.name() : "DTYPE";
		DiscriminatorType kind = (declared != null) ? declared.discriminatorType() : DiscriminatorType.STRING;
		int length = (declared != null) ? declared.length() : DEFAULT_DISCRIMINATOR_LENGTH;
		ColumnType type = switch (kind) {
			case STRING -> ColumnType.ofLength(TypeKind.VARCHAR, length);
			case CHAR -> ColumnType.ofLength(TypeKind.CHAR, 1);
			case INTEGER -> ColumnType.of(TypeKind.INTEGER);
		};
		if (declared != null && !declared.columnDefinition().isBlank()) {
			type = type.withDefinition(declared.columnDefinition());
		}
		table.add(io.github.automigrate.model.Column.builder(this.context.physical(name), type)
			.nullable(false)
			.origin(root.getSimpleName() + " discriminator")
			.build(), false);
	}

	/**
	 * Whether the attribute is a table-per-class subclass's, inherited from its parent
	 * entity (or above it).
	 */
	private static boolean inheritedByTablePerClass(Attribute attribute, EntityInfo info) {
		return !info.isRoot() && info.strategy() == InheritanceType.TABLE_PER_CLASS
				&& ((java.lang.reflect.Member) attribute.element()).getDeclaringClass().isAssignableFrom(info.parent());
	}

	private void registerGenerator(Class<?> root, EntityInfo info) {
		for (Attribute attribute : this.context.declaredAttributes(root, info.access())) {
			GeneratedValue generated = attribute.annotation(GeneratedValue.class);
			if (generated != null && attribute.has(Id.class)) {
				this.context.generators.sequenceFor(root, this.context.entity(root).table(), attribute, generated)
					.ifPresent((sequence) -> this.context.sequences.putIfAbsent(sequence.name().key(), sequence));
			}
			else if (attribute.has(Id.class)) {
				Sequence custom = IdGeneratorTypes.sequence(attribute, this.context.entity(root).table(),
						this.context.naming);
				if (custom != null) {
					this.context.sequences.putIfAbsent(custom.name().key(), custom);
				}
			}
		}
	}

	private Map<String, TableBuilder> secondaryTables(Class<?> entity, TableBuilder primary) {
		Map<String, TableBuilder> tables = new HashMap<>();
		for (SecondaryTable declared : entity.getAnnotationsByType(SecondaryTable.class)) {
			TableName name = this.context.tableName(declared.catalog(), declared.schema(), declared.name());
			TableBuilder table = this.context.table(name, entity.getName());
			table.declares(new TableConstraintsReader.Declared(entity.getName(), declared.indexes(),
					declared.uniqueConstraints()));
			List<io.github.automigrate.model.Column> key = this.primaryKeys.of(entity);
			List<io.github.automigrate.model.Column> columns = this.referencedColumns.keyColumns(entity, key,
					ReferencedColumns.KeyJoin.of(declared.pkJoinColumns()), entity.getSimpleName());
			columns.forEach((column) -> table.add(column, true));
			new References.Reference(columns, primary.name(),
					key.stream().map(io.github.automigrate.model.Column::name).toList())
				.foreignKey(name, DeclaredForeignKey.of(declared.foreignKey()))
				.ifPresent(table::addForeignKey);
			tables.put(name.name().key(), table);
		}
		return tables;
	}

	private TableBuilder secondary(Map<String, TableBuilder> secondary, String name, Attribute attribute) {
		TableBuilder table = secondary.get(this.context.tableName("", "", name).name().key());
		if (table == null) {
			throw new MappingException(attribute.origin(),
					"maps a column to the table '" + name
							+ "', which is not one of its entity's @SecondaryTable tables.",
					"Declare @SecondaryTable(name = \"" + name + "\") on the entity, or correct the table name.");
		}
		return table;
	}

}
