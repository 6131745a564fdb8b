package io.github.automigrate.mapping.jpa;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.AccessType;
import jakarta.persistence.Entity;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import io.github.automigrate.mapping.MappingException;
import io.github.automigrate.model.Column;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Sequence;
import io.github.automigrate.model.TableName;

/**
 * The state of one mapping run: the entities known so far, the tables being built, and
 * the lookups that references between entities need (an entity's primary key columns, a
 * column of another entity's table).
 * <p>
 * Longer than most classes here: it is the shared state of one mapping (entities, tables,
 * sequences, names, warnings) that every part of the reader consults.
 */
final class MappingContext {

	final NamingStrategy naming;

	/**
	 * Whether Bean Validation constraints shape columns, as Hibernate applies them to
	 * DDL.
	 */
	final boolean beanValidation;

	/**
	 * The names of the Bean Validation groups whose constraints Hibernate applies to DDL.
	 */
	final Set<String> validationGroups;

	final TypeMapping types = new TypeMapping();

	final Converters converters;

	final Generators generators;

	final List<String> warnings = new ArrayList<>();

	final Map<String, Sequence> sequences = new LinkedHashMap<>();

	final SetKeyNames setKeyNames = new SetKeyNames();

	private final Map<AttributesKey, List<Attribute>> attributes = new HashMap<>();

	private final Map<Class<?>, AccessType> accessTypes = new HashMap<>();

	private final Map<String, TableBuilder> tables = new LinkedHashMap<>();

	private final Map<Class<?>, EntityInfo> entities = new HashMap<>();

	private final Map<Class<?>, List<Column>> primaryKeys = new HashMap<>();

	private final Set<Class<?>> resolvingPrimaryKeys = new java.util.HashSet<>();

	private final Set<Class<?>> entitySuperclasses = new java.util.HashSet<>();

	private final Map<Class<?>, List<Bound>> bound = new HashMap<>();

	private final Set<Class<?>> mappedEntities;

	private final Map<String, List<List<Identifier>>> uniqueReferences = new LinkedHashMap<>();

	MappingContext(NamingStrategy naming, Collection<Class<?>> entityClasses, Collection<Class<?>> allClasses,
			boolean beanValidation, Collection<String> validationGroups) {
		this.naming = naming;
		this.beanValidation = beanValidation;
		this.validationGroups = Set.copyOf(validationGroups);
		this.mappedEntities = Set.copyOf(entityClasses);
		// Every class some mapped entity extends, found once: asking each entity of every
		// other is quadratic.
		for (Class<?> entity : entityClasses) {
			for (Class<?> parent = entity.getSuperclass(); parent != null
					&& parent != Object.class; parent = parent.getSuperclass()) {
				this.entitySuperclasses.add(parent);
			}
		}
		this.converters = new Converters(allClasses);
		this.generators = new Generators(naming, entityClasses);
	}

	/**
	 * What the mapping knows of an entity class.
	 * @param type the entity class
	 * @return its information
	 * @throws MappingException if the class is not an entity
	 */
	EntityInfo entity(Class<?> type) {
		EntityInfo info = this.entities.get(type);
		if (info == null) {
			if (!type.isAnnotationPresent(Entity.class)) {
				throw new MappingException(type.getName(), "is used as an entity but is not annotated @Entity.",
						"Annotate it with @Entity, or make the attribute that refers to it @Transient.");
			}
			info = describe(type);
			this.entities.put(type, info);
		}
		return info;
	}

	/**
	 * Stops when a mapping refers to an entity class that is not mapped (in a package not
	 * scanned): Hibernate stops there too, and a schema built without the target's table
	 * would fail at the first foreign key to it.
	 * @param target the referenced class
	 * @param origin the attribute that refers to it, {@code Owner.attribute}
	 * @param construct how it refers to it, for the message ({@code @ManyToOne}, …)
	 * @throws MappingException if the target is an entity that is not mapped
	 */
	void requireMapped(Class<?> target, String origin, String construct) {
		if (target.isAnnotationPresent(Entity.class) && !this.mappedEntities.contains(target)) {
			throw new MappingException(origin,
					"is a " + construct + " to the entity " + target.getName()
							+ ", which is not among the entities found, so its table would be missing.",
					"Add " + target.getPackageName() + " to schema.automigrate.packages (or to @EntityScan), "
							+ "where JPA finds it too.");
		}
	}

	private EntityInfo describe(Class<?> type) {
		Class<?> root = EntityInfo.rootEntity(type);
		Class<?> parent = EntityInfo.parentEntity(type);
		InheritanceType strategy = EntityInfo.strategy(root);
		TableName table = (strategy == InheritanceType.SINGLE_TABLE && parent != null) ? entity(root).table()
				: ownTableName(type);
		return new EntityInfo(type, EntityInfo.entityName(type), root, parent, strategy, table, accessType(root));
	}

	private TableName ownTableName(Class<?> type) {
		Table table = type.getAnnotation(Table.class);
		String name = (table != null && !table.name().isEmpty()) ? table.name() : EntityInfo.entityName(type);
		return tableName((table != null) ? table.catalog() : "", (table != null) ? table.schema() : "", name);
	}

	/**
	 * The attributes a class declares, as {@link ManagedTypes#declaredAttributes} lists
	 * them, read once per class: an entity's are needed by its table, its key and every
	 * association to it.
	 * @param type an entity, mapped superclass or embeddable class
	 * @param access the access type of its hierarchy
	 * @return the attributes
	 */
	List<Attribute> declaredAttributes(Class<?> type, AccessType access) {
		return this.attributes.computeIfAbsent(new AttributesKey(type, access),
				(key) -> List.copyOf(ManagedTypes.declaredAttributes(type, access)));
	}

	/**
	 * The access type of a hierarchy, as {@link ManagedTypes#accessType} decides it,
	 * decided once per class.
	 */
	AccessType accessType(Class<?> type) {
		return this.accessTypes.computeIfAbsent(type, (key) -> ManagedTypes.accessType(type, null));
	}

	/**
	 * The access type of an embeddable where an attribute embeds it, as Hibernate reads
	 * it: the embeddable's own {@code @Access}; else the attribute's; else the way the
	 * attribute itself is read (a getter: property access), which is the embedding
	 * entity's or embeddable's.
	 * @param embeddable the embeddable class
	 * @param embedding the attribute that embeds it (or holds a collection of it)
	 * @return the access type
	 */
	AccessType embeddableAccess(Class<?> embeddable, Attribute embedding) {
		for (Class<?> type = embeddable; type != null && type != Object.class; type = type.getSuperclass()) {
			jakarta.persistence.Access own = type.getAnnotation(jakarta.persistence.Access.class);
			if (own != null) {
				return own.value();
			}
		}
		jakarta.persistence.Access onAttribute = embedding.annotation(jakarta.persistence.Access.class);
		if (onAttribute != null) {
			return onAttribute.value();
		}
		return (embedding.element() instanceof java.lang.reflect.Method) ? AccessType.PROPERTY : AccessType.FIELD;
	}

	/**
	 * Whether an entity has subclasses among the entities mapped.
	 * @param type the entity class
	 * @return true if another entity extends it
	 */
	boolean hasSubclasses(Class<?> type) {
		return this.entitySuperclasses.contains(type);
	}

	/**
	 * A physical table name from annotation values.
	 * @param catalog the catalog, or empty
	 * @param schema the schema, or empty
	 * @param name the logical name
	 * @return the table name
	 */
	TableName tableName(String catalog, String schema, String name) {
		return new TableName(physicalOrNull(catalog, NamingStrategy.Kind.CATALOG),
				physicalOrNull(schema, NamingStrategy.Kind.SCHEMA),
				this.naming.physical(name, NamingStrategy.Kind.TABLE));
	}

	private @Nullable Identifier physicalOrNull(String name, NamingStrategy.Kind kind) {
		return name.isEmpty() ? null : this.naming.physical(name, kind);
	}

	/**
	 * The table of that name, created on first use.
	 * @param name the table name
	 * @param origin what maps it, for messages
	 * @return the table being built
	 */
	TableBuilder table(TableName name, String origin) {
		return this.tables.computeIfAbsent(name.key(), (key) -> new TableBuilder(name, origin));
	}

	Collection<TableBuilder> tables() {
		return this.tables.values();
	}

	/**
	 * The primary key columns of an entity's table, computed once.
	 * @param type the entity class
	 * @param compute how to compute them
	 * @return the columns
	 */
	List<Column> primaryKey(Class<?> type, java.util.function.Function<Class<?>, List<Column>> compute) {
		List<Column> known = this.primaryKeys.get(type);
		if (known != null) {
			return known;
		}
		if (!this.resolvingPrimaryKeys.add(type)) {
			throw new MappingException(type.getName(), "has an identifier that refers back to itself.",
					"Break the cycle of @Id / @MapsId references.");
		}
		List<Column> columns = List.copyOf(compute.apply(type));
		this.resolvingPrimaryKeys.remove(type);
		this.primaryKeys.put(type, columns);
		return columns;
	}

	/**
	 * Notes that a reference names columns of a table other than its key, which Hibernate
	 * then makes unique there.
	 * @param table the referenced table
	 * @param columns the referenced columns
	 */
	void uniqueReference(TableName table, List<Identifier> columns) {
		this.uniqueReferences.computeIfAbsent(table.key(), (key) -> new ArrayList<>()).add(List.copyOf(columns));
	}

	/**
	 * Gives the tables the unique keys references to their non-key columns need, once
	 * every entity is bound.
	 */
	void applyUniqueReferences() {
		this.uniqueReferences.forEach((table, keys) -> {
			TableBuilder builder = this.tables.get(table);
			if (builder != null) {
				keys.forEach(builder::uniqueForReference);
			}
		});
	}

	Identifier physical(String logicalName) {
		return this.naming.physical(logicalName);
	}

	void bound(Class<?> entity, Bound bound) {
		this.bound.computeIfAbsent(entity, (key) -> new ArrayList<>()).add(bound);
	}

	/**
	 * The attributes of an entity in the order they were bound, with what they mapped to.
	 */
	List<Bound> bound(Class<?> entity) {
		return this.bound.getOrDefault(entity, List.of());
	}

	/**
	 * What one attribute of an entity mapped to, kept for the tables built from the
	 * mapping (Envers' audit tables).
	 *
	 * @param attribute the attribute
	 * @param columns the columns it added to its entity's table, or the key columns it
	 * added to its target's table (a one-to-many with a join column)
	 * @param table the join or collection table it has, or {@code null}
	 */
	record Bound(Attribute attribute, List<Column> columns, @Nullable TableName table) {
	}

	private record AttributesKey(Class<?> type, AccessType access) {
	}

}
