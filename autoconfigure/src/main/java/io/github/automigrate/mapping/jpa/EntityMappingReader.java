package io.github.automigrate.mapping.jpa;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Entity;

import io.github.automigrate.mapping.MappedSchema;
import io.github.automigrate.mapping.MappingException;
import io.github.automigrate.model.Schema;
import io.github.automigrate.model.Table;

/**
 * Reads the JPA annotations of entity classes into the schema Hibernate expects for them,
 * with Spring Boot's default naming or the application's {@link NamingSettings}: tables
 * of entities and their inheritance hierarchies, secondary tables, join and collection
 * tables, sequences and generator tables.
 */
public final class EntityMappingReader {

	/**
	 * Hibernate's own tables for bulk updates and deletes ({@code HTE_} and {@code HT_}),
	 * which no entity maps.
	 */
	static final java.util.Set<String> HIBERNATE_WORK_TABLE_PREFIXES = java.util.Set.of("hte_", "ht_");

	private final MappingOptions options;

	/**
	 * A reader with Spring Boot's default naming; Bean Validation applies when a provider
	 * is present.
	 */
	public EntityMappingReader() {
		this(MappingOptions.defaults());
	}

	/**
	 * A reader with the application's naming settings; Bean Validation applies when a
	 * provider is present.
	 * @param naming the naming settings
	 */
	public EntityMappingReader(NamingSettings naming) {
		this(new MappingOptions(naming, MappingOptions.defaults().beanValidationDdl()));
	}

	/**
	 * A reader with the application's mapping options.
	 * @param options the options
	 */
	public EntityMappingReader(MappingOptions options) {
		this.options = options;
	}

	/**
	 * Reads the expected schema of some classes.
	 * @param classes the {@code @Entity} classes, and any {@code @Converter} classes that
	 * apply automatically
	 * @return the expected schema
	 * @throws MappingException if an entity cannot be mapped
	 */
	public MappedSchema read(Collection<Class<?>> classes) {
		List<Class<?>> entities = withEntitySuperclasses(
				classes.stream().filter((type) -> type.isAnnotationPresent(Entity.class)).toList());
		rejectDuplicateNames(entities);
		MappingContext context = new MappingContext(new NamingStrategy(this.options.naming()), entities, classes,
				this.options.beanValidationDdl(), this.options.validationDdlGroups());
		EntityBinder binder = new EntityBinder(context);
		entities.forEach(binder::bind);
		context.applyUniqueReferences();
		TableConstraintsReader constraints = new TableConstraintsReader(context.naming);
		// A @Subselect entity is read with a query, an abstract table-per-class root as
		// the union of its subclasses' tables: Hibernate makes no table for either, nor
		// foreign keys to it.
		java.util.Set<String> queried = new java.util.HashSet<>();
		entities.stream()
			.filter((entity) -> HibernateAnnotations.isSubselect(entity) || isUnionRoot(context, entity))
			.forEach((entity) -> queried.add(context.entity(entity).table().key()));
		// Nor any foreign key to a table-per-class entity that has subclasses, whose rows
		// are spread over their tables too (Hibernate's ForeignKey.isCreationEnabled: no
		// key to a table with denormalized tables).
		java.util.Set<String> unreferenced = new java.util.HashSet<>(queried);
		entities.stream()
			.filter((entity) -> context.entity(entity).strategy() == jakarta.persistence.InheritanceType.TABLE_PER_CLASS
					&& context.hasSubclasses(entity))
			.forEach((entity) -> unreferenced.add(context.entity(entity).table().key()));
		List<Table> tables = new java.util.ArrayList<>(context.tables()
			.stream()
			.map((table) -> table.build(constraints))
			.filter((table) -> !queried.contains(table.name().key()))
			.map((table) -> withoutForeignKeysTo(table, unreferenced))
			.toList());
		Map<String, Table> built = new HashMap<>();
		tables.forEach((table) -> built.putIfAbsent(table.name().key(), table));
		new EnversAuditTables(context, this.options.audit()).tables(entities, built)
			.stream()
			.map((table) -> table.build(constraints))
			.forEach(tables::add);
		tables.addAll(context.generators.tables());
		tables = context.setKeyNames.apart(tables);
		VerbatimSql.check(tables);
		return new MappedSchema(new Schema(tables, List.copyOf(context.sequences.values())), context.warnings,
				entities.stream().map(Class::getName).toList(), HIBERNATE_WORK_TABLE_PREFIXES);
	}

	private static boolean isUnionRoot(MappingContext context, Class<?> entity) {
		EntityInfo info = context.entity(entity);
		return info.strategy() == jakarta.persistence.InheritanceType.TABLE_PER_CLASS && !info.hasOwnTable();
	}

	private static Table withoutForeignKeysTo(Table table, java.util.Set<String> tables) {
		if (tables.isEmpty()
				|| table.foreignKeys().stream().noneMatch((key) -> tables.contains(key.referencedTable().key()))) {
			return table;
		}
		return table.withForeignKeys(
				table.foreignKeys().stream().filter((key) -> !tables.contains(key.referencedTable().key())).toList());
	}

	/**
	 * The entities with every {@code @Entity} superclass of theirs, as Hibernate maps a
	 * listed entity's whole hierarchy even when its root was not listed (given by hand,
	 * or in a package not scanned). One not listed comes just before the first of its
	 * subclasses, root first, as if it had been listed there.
	 */
	private static List<Class<?>> withEntitySuperclasses(List<Class<?>> entities) {
		java.util.Set<Class<?>> listed = new java.util.HashSet<>(entities);
		java.util.Set<Class<?>> all = new java.util.LinkedHashSet<>();
		for (Class<?> entity : entities) {
			java.util.Deque<Class<?>> missing = new java.util.ArrayDeque<>();
			for (Class<?> parent = EntityInfo.parentEntity(entity); parent != null; parent = EntityInfo
				.parentEntity(parent)) {
				if (!listed.contains(parent)) {
					missing.push(parent);
				}
			}
			all.addAll(missing);
			all.add(entity);
		}
		return List.copyOf(all);
	}

	private static void rejectDuplicateNames(List<Class<?>> entities) {
		Map<String, Class<?>> byName = new HashMap<>();
		for (Class<?> entity : entities) {
			String name = EntityInfo.entityName(entity);
			Class<?> clash = byName.put(name, entity);
			if (clash != null) {
				throw new MappingException(entity.getName(),
						"has the entity name '" + name + "', which " + clash.getName() + " has too.",
						"Give one of them another @Entity(name = ...).");
			}
		}
	}

}
