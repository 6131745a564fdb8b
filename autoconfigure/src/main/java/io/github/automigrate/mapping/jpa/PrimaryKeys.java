package io.github.automigrate.mapping.jpa;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AccessType;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;
import org.jspecify.annotations.Nullable;

import io.github.automigrate.mapping.MappingException;
import io.github.automigrate.model.Column;

/**
 * The primary key columns of each entity: a basic {@code @Id}, several
 * ({@code @IdClass}), an {@code @EmbeddedId}, a derived identity ({@code @Id} or
 * {@code @MapsId} on an association); for a subclass, its root's, renamed by
 * {@code @PrimaryKeyJoinColumn} in a joined hierarchy.
 * <p>
 * Longer than most classes here: it reads every identifier shape
 * (simple, @EmbeddedId, @IdClass, derived with @MapsId, inherited) and Hibernate's column
 * order for each.
 */
final class PrimaryKeys {

	private final MappingContext context;

	private final BasicColumns basics;

	private @Nullable References references;

	PrimaryKeys(MappingContext context, BasicColumns basics) {
		this.context = context;
		this.basics = basics;
	}

	private @Nullable ReferencedColumns referencedColumns;

	void use(References references, ReferencedColumns referencedColumns) {
		this.references = references;
		this.referencedColumns = referencedColumns;
	}

	/**
	 * The primary key columns of an entity's table, as other tables copy them into their
	 * references: Hibernate links those before it applies Bean Validation's constraints,
	 * so their types carry no {@code @Size} or {@code @Digits} of the identifier.
	 * @param entity the entity class
	 * @return the columns, NOT NULL
	 */
	List<Column> of(Class<?> entity) {
		return this.context.primaryKey(entity, this::compute);
	}

	/**
	 * The primary key columns as the entity's own table has them: a basic identifier
	 * shaped by its Bean Validation constraints in the root's table (and the tables of a
	 * table-per-class hierarchy, which share its columns), not in a joined subclass's.
	 * @param entity the entity class
	 * @return the columns, NOT NULL
	 */
	List<Column> tableColumns(Class<?> entity) {
		List<Column> key = of(entity);
		EntityInfo info = this.context.entity(entity);
		if (!this.context.beanValidation || (!info.isRoot() && info.strategy() != InheritanceType.TABLE_PER_CLASS)) {
			return key;
		}
		Class<?> root = info.isRoot() ? entity : info.root();
		EntityInfo rootInfo = this.context.entity(root);
		List<Column> shaped = new ArrayList<>(key);
		for (Attribute attribute : allAttributes(root, rootInfo)) {
			if (attribute.has(Id.class) && !isToOne(attribute) && !attribute.isEmbeddedId()) {
				Column validated = this.basics.column(attribute, Overrides.ofClass(root).column(attribute.name()), true,
						false);
				for (int i = 0; i < shaped.size(); i++) {
					if (shaped.get(i).name().equals(validated.name())) {
						shaped.set(i, validated);
					}
				}
			}
		}
		return shaped;
	}

	private List<Column> compute(Class<?> entity) {
		EntityInfo info = this.context.entity(entity);
		if (!info.isRoot()) {
			List<Column> root = of(info.root());
			return (info.strategy() == InheritanceType.JOINED) ? joined(entity, root) : root;
		}
		List<Attribute> attributes = allAttributes(entity, info);
		List<Attribute> mapsIds = attributes.stream().filter((attribute) -> attribute.has(MapsId.class)).toList();
		Attribute mapsId = mapsIds.isEmpty() ? null : mapsIds.get(0);
		boolean composite = attributes.stream().filter((attribute) -> attribute.has(Id.class)).count() > 1;
		if (composite || attributes.stream().anyMatch((attribute) -> attribute.has(Id.class))) {
			refuseMappedIdClass(entity);
		}
		if (composite) {
			// Hibernate orders the parts of an @IdClass identifier by name, as it does an
			// embeddable's; its key's columns are then ordered by size (KeyColumnOrder).
			attributes = byName(attributes);
		}
		List<Column> columns = new ArrayList<>();
		for (Attribute attribute : attributes) {
			if (attribute.has(Id.class) || attribute.has(EmbeddedId.class)) {
				AttributeChecks.check(attribute);
			}
			if (attribute.isEmbeddedId()) {
				embedded(attribute, Overrides.ofClass(entity).below(attribute.name()), mapsIds, columns);
			}
			else if (attribute.has(Id.class)) {
				if (isToOne(attribute) && composite && idClassNamesTheEntity(entity, attribute)) {
					columns.addAll(reference(attribute).columns());
				}
				else if (isToOne(attribute) && composite) {
					columns.addAll(compositeKeyPart(attribute));
				}
				else if (isToOne(attribute)) {
					columns.addAll(reference(attribute).columns());
				}
				else if (mapsId != null && mapsId.annotation(MapsId.class).value().isEmpty()) {
					columns.addAll(reference(mapsId).columns());
				}
				else {
					// A mapped superclass's id is often renamed by the entity's
					// class-level @AttributeOverride. Bean Validation shapes the column
					// in the entity's own table only (tableColumns).
					columns.add(this.basics.column(attribute, Overrides.ofClass(entity).column(attribute.name()), null,
							true, false, BeanValidation.Cascade.NONE));
				}
			}
		}
		if (columns.isEmpty()) {
			throw new MappingException(entity.getName(), "has no @Id or @EmbeddedId.",
					"Annotate its identifier with @Id (on the field, or on the getter for property access).");
		}
		columns.sort(KeyColumnOrder.HIBERNATE);
		return columns;
	}

	/**
	 * Stops at an {@code @IdClass} that is an {@code @Embeddable} with mappings of its
	 * own ({@code @Column}, {@code @JoinColumn}, an association): Hibernate 7.4 takes the
	 * key columns from those, not from the entity's {@code @Id} attributes, and
	 * AutoMigrate reads only the latter.
	 */
	private void refuseMappedIdClass(Class<?> entity) {
		IdClass idClass = null;
		for (Class<?> type = entity; type != null && idClass == null; type = type.getSuperclass()) {
			idClass = type.getAnnotation(IdClass.class);
		}
		if (idClass == null || !idClass.value().isAnnotationPresent(Embeddable.class)) {
			return;
		}
		Class<?> key = idClass.value();
		// Read as Hibernate reads the id class: by its own @Access, else as the entity is
		// read.
		AccessType access = (key.isAnnotationPresent(jakarta.persistence.Access.class)) ? this.context.accessType(key)
				: this.context.accessType(entity);
		for (Attribute part : this.context.declaredAttributes(key, access)) {
			for (Class<? extends java.lang.annotation.Annotation> mapping : ID_CLASS_MAPPINGS) {
				if (part.has(mapping)) {
					throw new MappingException(entity.getName(), "has @IdClass(" + key.getSimpleName() + "), an "
							+ "@Embeddable whose attribute '" + part.name() + "' carries @" + mapping.getSimpleName()
							+ ": Hibernate takes the key columns from the id class's mappings, which AutoMigrate does "
							+ "not read.",
							"Put the mappings on the entity's @Id attributes and leave the id class "
									+ "without them, or use an @EmbeddedId.");
				}
			}
		}
	}

	private static final List<Class<? extends java.lang.annotation.Annotation>> ID_CLASS_MAPPINGS = List.of(
			ManyToOne.class, OneToOne.class, jakarta.persistence.Column.class, jakarta.persistence.JoinColumn.class,
			jakarta.persistence.JoinColumns.class, jakarta.persistence.Convert.class);

	private List<Attribute> allAttributes(Class<?> entity, EntityInfo info) {
		return this.context.declaredAttributes(entity, info.access());
	}

	private void embedded(Attribute id, Overrides outer, List<Attribute> mapsIds, List<Column> columns) {
		Class<?> type = id.javaType();
		Overrides overrides = outer.with(id, "");
		for (Attribute part : byName(this.context.declaredAttributes(type, this.context.embeddableAccess(type, id)))) {
			Attribute mapsId = mapsIds.stream()
				.filter((candidate) -> candidate.annotation(MapsId.class).value().equals(part.name()))
				.findFirst()
				.orElse(null);
			if (mapsId != null) {
				columns.addAll(compositeKeyPart(mapsId));
			}
			else if (isToOne(part)) {
				// A reference inside the key: its join columns are key columns
				// (Hibernate's "key-many-to-one").
				columns.addAll(reference(part).columns());
			}
			else if (part.has(Embedded.class) || part.javaType().isAnnotationPresent(Embeddable.class)) {
				embedded(part, overrides.below(part.name()), List.of(), columns);
			}
			else {
				columns.add(this.basics.column(part, overrides.column(part.name()), overrides.convert(part.name()),
						true, false));
			}
		}
	}

	/**
	 * The references inside an {@code @EmbeddedId} (at any depth), whose join columns are
	 * part of the key.
	 * @param id the embedded identifier
	 * @return the to-one attributes of its embeddable
	 */
	List<Attribute> referencesInside(Attribute id) {
		List<Attribute> references = new ArrayList<>();
		Class<?> type = id.javaType();
		for (Attribute part : this.context.declaredAttributes(type, this.context.embeddableAccess(type, id))) {
			if (isToOne(part)) {
				references.add(part);
			}
			else if (part.has(Embedded.class) || part.javaType().isAnnotationPresent(Embeddable.class)) {
				references.addAll(referencesInside(part));
			}
		}
		return references;
	}

	/**
	 * The columns of a reference that is one part of a composite key (an {@code @Id}
	 * association beside other {@code @Id}s whose {@code @IdClass} part is typed by the
	 * identifier, or a {@code @MapsId} into a part of an {@code @EmbeddedId}). Hibernate
	 * 7 gives such a column the referenced column's length only when the join column's
	 * name is implicit; a join column named in {@code @JoinColumn(name = ...)} gets the
	 * default length, 255, whatever the referenced column's.
	 */
	private List<Column> compositeKeyPart(Attribute attribute) {
		List<Column> columns = reference(attribute).columns();
		boolean named = References.declaredJoinColumns(attribute, null)
			.stream()
			.anyMatch((join) -> !join.name().isEmpty());
		if (!named) {
			return columns;
		}
		return columns.stream().map(PrimaryKeys::withDefaultLength).toList();
	}

	/**
	 * Whether the {@code @IdClass} declares the part an {@code @Id} association maps by
	 * the associated entity's type ({@code Client client}) rather than by its
	 * identifier's ({@code String client}): Hibernate 7 then types the key column as the
	 * referenced column, whatever the join column's name.
	 */
	private static boolean idClassNamesTheEntity(Class<?> entity, Attribute association) {
		Class<?> idClass = idClass(entity);
		Class<?> part = (idClass != null) ? propertyType(idClass, association.name()) : null;
		return part != null && (part.isAnnotationPresent(jakarta.persistence.Entity.class)
				|| (part != Object.class && part.isAssignableFrom(References.target(association))));
	}

	private static @Nullable Class<?> idClass(Class<?> entity) {
		for (Class<?> type = entity; type != null && type != Object.class; type = type.getSuperclass()) {
			IdClass idClass = type.getAnnotation(IdClass.class);
			if (idClass != null) {
				return idClass.value();
			}
		}
		return null;
	}

	private static @Nullable Class<?> propertyType(Class<?> idClass, String name) {
		for (Class<?> type = idClass; type != null && type != Object.class; type = type.getSuperclass()) {
			for (java.lang.reflect.Field field : ManagedTypes.declaredFields(type)) {
				if (field.getName().equals(name)) {
					return field.getType();
				}
			}
		}
		String suffix = Character.toUpperCase(name.charAt(0)) + name.substring(1);
		for (java.lang.reflect.Method method : idClass.getMethods()) {
			if (method.getParameterCount() == 0
					&& (method.getName().equals("get" + suffix) || method.getName().equals("is" + suffix))) {
				return method.getReturnType();
			}
		}
		return null;
	}

	private static Column withDefaultLength(Column column) {
		io.github.automigrate.model.ColumnType type = column.type();
		boolean sized = switch (type.kind()) {
			case CHAR, ENUM_CHAR, VARCHAR, VARBINARY -> true;
			default -> false;
		};
		if (!sized || type.length() == null || type.definition() != null) {
			return column;
		}
		return column.toBuilder()
			.type(io.github.automigrate.model.ColumnType.ofLength(type.kind(), DEFAULT_LENGTH))
			.build();
	}

	/**
	 * JPA's default column length, which Hibernate gives a column whose length nothing
	 * else sets.
	 */
	private static final int DEFAULT_LENGTH = 255;

	private static List<Attribute> byName(List<Attribute> attributes) {
		return attributes.stream().sorted(java.util.Comparator.comparing(Attribute::name)).toList();
	}

	/** The columns of a to-one association that is (part of) the identifier. */
	References.Reference reference(Attribute attribute) {
		return this.references
			.refer(References.target(attribute), References.declaredJoinColumns(attribute, null), attribute.name(),
					false, attribute.origin())
			.notNull();
	}

	private List<Column> joined(Class<?> entity, List<Column> root) {
		// Each @PrimaryKeyJoinColumn names the superclass's key column it stands for, or
		// stands for one by position.
		return this.referencedColumns.keyColumns(EntityInfo.parentEntity(entity), root,
				ReferencedColumns.KeyJoin.of(entity.getAnnotationsByType(PrimaryKeyJoinColumn.class)),
				entity.getSimpleName());
	}

	static boolean isToOne(Attribute attribute) {
		return attribute.has(ManyToOne.class) || attribute.has(OneToOne.class);
	}

}
