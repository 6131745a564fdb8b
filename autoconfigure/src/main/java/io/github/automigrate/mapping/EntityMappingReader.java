package io.github.automigrate.mapping;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Basic;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.jspecify.annotations.Nullable;

import org.springframework.core.ResolvableType;

import io.github.automigrate.model.Column;
import io.github.automigrate.model.ColumnType;
import io.github.automigrate.model.ForeignKey;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Schema;
import io.github.automigrate.model.Sequence;
import io.github.automigrate.model.TableName;

/**
 * Reads the JPA annotations of entity classes into the schema Hibernate would expect for them, with Spring Boot's
 * default naming. Fields are read (field access); {@code static}, {@code transient} and {@code @Transient} fields are
 * skipped.
 */
public final class EntityMappingReader {

	private final NamingStrategy naming = new NamingStrategy();

	private final TypeMapping types = new TypeMapping();

	/**
	 * Reads the expected schema of some entity classes.
	 * @param entityClasses the {@code @Entity} classes
	 * @return the expected schema
	 * @throws MappingException if an entity cannot be mapped
	 */
	public MappedSchema read(Collection<Class<?>> entityClasses) {
		Map<String, Class<?>> byName = new HashMap<>();
		for (Class<?> entity : entityClasses) {
			Class<?> clash = byName.put(entityName(entity), entity);
			if (clash != null) {
				throw new MappingException(entity.getName(), "has the entity name '" + entityName(entity)
						+ "', which " + clash.getName() + " has too.", "Give one of them another @Entity(name = ...).");
			}
		}
		Generators generators = new Generators(this.naming, entityClasses);
		List<io.github.automigrate.model.Table> tables = new ArrayList<>();
		Map<String, Sequence> sequences = new LinkedHashMap<>();
		List<String> warnings = new ArrayList<>();
		for (Class<?> entity : entityClasses) {
			EntityReader reader = new EntityReader(entity, generators, warnings);
			tables.add(reader.table());
			reader.sequence().ifPresent((sequence) -> sequences.putIfAbsent(sequence.name().key(), sequence));
		}
		generators.tables().forEach((table) -> tables.add(table));
		return new MappedSchema(new Schema(tables, List.copyOf(sequences.values())), warnings);
	}

	static String entityName(Class<?> entity) {
		Entity annotation = entity.getAnnotation(Entity.class);
		return (annotation != null && !annotation.name().isEmpty()) ? annotation.name() : entity.getSimpleName();
	}

	TableName tableName(Class<?> entity) {
		Table table = entity.getAnnotation(Table.class);
		String name = (table != null && !table.name().isEmpty()) ? table.name() : entityName(entity);
		Identifier schema = (table != null && !table.schema().isEmpty()) ? this.naming.physical(table.schema()) : null;
		return new TableName(schema, this.naming.physical(name));
	}

	/**
	 * The persistent fields of a class, its mapped superclasses' first.
	 * @param type an entity or embeddable class
	 * @return the fields
	 */
	static List<Field> persistentFields(Class<?> type) {
		Deque<Class<?>> hierarchy = new ArrayDeque<>();
		hierarchy.push(type);
		for (Class<?> parent = type.getSuperclass(); parent != null && parent != Object.class; parent = parent.getSuperclass()) {
			if (parent.isAnnotationPresent(Entity.class)) {
				throw new MappingException(type.getName(), "extends the entity " + parent.getName()
						+ ", and AutoMigrate does not map entity inheritance yet.",
						"Make " + parent.getSimpleName() + " a @MappedSuperclass, or set schema.automigrate.enabled=false.");
			}
			if (parent.isAnnotationPresent(MappedSuperclass.class)) {
				hierarchy.push(parent);
			}
		}
		List<Field> fields = new ArrayList<>();
		for (Class<?> declaring : hierarchy) {
			for (Field field : declaring.getDeclaredFields()) {
				int modifiers = field.getModifiers();
				if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()
						&& !field.isAnnotationPresent(Transient.class)) {
					fields.add(field);
				}
			}
		}
		return fields;
	}

	static String origin(Class<?> owner, Field field) {
		return owner.getSimpleName() + "." + field.getName();
	}

	/** Reads one entity's table. */
	private final class EntityReader {

		private final Class<?> entity;

		private final Generators generators;

		private final List<String> warnings;

		private final List<Column> columns = new ArrayList<>();

		private final List<Identifier> primaryKey = new ArrayList<>();

		private final List<ForeignKey> foreignKeys = new ArrayList<>();

		private @Nullable Sequence sequence;

		EntityReader(Class<?> entity, Generators generators, List<String> warnings) {
			this.entity = entity;
			this.generators = generators;
			this.warnings = warnings;
		}

		io.github.automigrate.model.Table table() {
			for (Field field : persistentFields(this.entity)) {
				readField(field);
			}
			if (this.primaryKey.isEmpty()) {
				throw new MappingException(this.entity.getName(), "has no @Id or @EmbeddedId field.",
						"Annotate its identifier field with @Id (AutoMigrate reads field access).");
			}
			TableName name = tableName(this.entity);
			return new io.github.automigrate.model.Table(name, this.columns, this.primaryKey,
					new TableConstraintsReader(EntityMappingReader.this.naming).read(this.entity, name, this.columns),
					this.foreignKeys, this.entity.getName());
		}

		Optional<Sequence> sequence() {
			return Optional.ofNullable(this.sequence);
		}

		private void readField(Field field) {
			Class<?> type = ResolvableType.forField(field, this.entity).toClass();
			if (field.isAnnotationPresent(ManyToOne.class) || field.isAnnotationPresent(OneToOne.class)) {
				readJoinColumn(field, type);
			}
			else if (field.isAnnotationPresent(OneToMany.class) || field.isAnnotationPresent(ManyToMany.class)
					|| field.isAnnotationPresent(ElementCollection.class)) {
				this.warnings.add(origin(this.entity, field)
						+ ": collection and join tables are not created yet; create them yourself.");
			}
			else if (field.isAnnotationPresent(EmbeddedId.class)) {
				readEmbedded(field, type, true, Map.of());
			}
			else if (field.isAnnotationPresent(Embedded.class) || type.isAnnotationPresent(Embeddable.class)) {
				readEmbedded(field, type, false, Map.of());
			}
			else {
				readBasic(this.entity, field, type, field.isAnnotationPresent(Id.class), null);
			}
		}

		private void readBasic(Class<?> owner, Field field, Class<?> type, boolean id,
				jakarta.persistence.@Nullable Column override) {
			jakarta.persistence.Column column = (override != null) ? override : field.getAnnotation(jakarta.persistence.Column.class);
			ColumnType columnType = EntityMappingReader.this.types.columnType(field, type, column);
			if (columnType == null) {
				throw new MappingException(origin(owner, field), "has the type " + type.getName()
						+ ", which AutoMigrate cannot map to a column.", "Mark the field @Transient if it is not persistent, "
								+ "give it @Column(columnDefinition = \"...\"), or use a supported type (String, numbers, "
								+ "booleans, java.time, UUID, byte[], enums).");
			}
			Basic basic = field.getAnnotation(Basic.class);
			boolean nullable = !id && !type.isPrimitive() && (column == null || column.nullable())
					&& (basic == null || basic.optional());
			GeneratedValue generated = id ? field.getAnnotation(GeneratedValue.class) : null;
			boolean identity = generated != null && generated.strategy() == GenerationType.IDENTITY;
			if (generated != null && !identity) {
				this.sequence = this.generators.sequenceFor(this.entity, field, type, generated);
			}
			String name = (column != null && !column.name().isEmpty()) ? column.name() : field.getName();
			Identifier physical = EntityMappingReader.this.naming.physical(name);
			boolean unique = column != null && column.unique();
			add(new Column(physical, columnType, nullable, unique, identity, nullable ? null : TypeMapping.javaDefault(type),
					origin(owner, field)), id);
		}

		private void readEmbedded(Field field, Class<?> type, boolean id, Map<String, jakarta.persistence.Column> outer) {
			Map<String, jakarta.persistence.Column> overrides = new HashMap<>(outer);
			AttributeOverrides many = field.getAnnotation(AttributeOverrides.class);
			List<AttributeOverride> declared = new ArrayList<>(List.of(field.getAnnotationsByType(AttributeOverride.class)));
			if (many != null) {
				declared.addAll(List.of(many.value()));
			}
			declared.forEach((override) -> overrides.putIfAbsent(override.name(), override.column()));
			for (Field member : persistentFields(type)) {
				Class<?> memberType = ResolvableType.forField(member, type).toClass();
				if (member.isAnnotationPresent(Embedded.class) || memberType.isAnnotationPresent(Embeddable.class)) {
					readEmbedded(member, memberType, id, Map.of());
				}
				else if (member.isAnnotationPresent(ManyToOne.class) || member.isAnnotationPresent(OneToOne.class)
						|| member.isAnnotationPresent(OneToMany.class) || member.isAnnotationPresent(ManyToMany.class)) {
					throw new MappingException(origin(type, member), "is a relationship inside an embeddable, "
							+ "which AutoMigrate does not map yet.", "Move the relationship to the entity "
									+ this.entity.getSimpleName() + ", or set schema.automigrate.enabled=false.");
				}
				else {
					readBasic(type, member, memberType, id, overrides.get(member.getName()));
				}
			}
		}

		private void readJoinColumn(Field field, Class<?> target) {
			OneToOne oneToOne = field.getAnnotation(OneToOne.class);
			if (oneToOne != null && !oneToOne.mappedBy().isEmpty()) {
				return;
			}
			ManyToOne manyToOne = field.getAnnotation(ManyToOne.class);
			boolean optional = (oneToOne != null) ? oneToOne.optional() : manyToOne.optional();
			if (!target.isAnnotationPresent(Entity.class)) {
				throw new MappingException(origin(this.entity, field), "refers to " + target.getName()
						+ ", which is not an @Entity.", "Point the relationship at an entity class.");
			}
			JoinColumn joinColumn = field.getAnnotation(JoinColumn.class);
			Field referenced = referencedField(field, target, joinColumn);
			Column referencedColumn = referencedColumn(target, referenced);
			String name = (joinColumn != null && !joinColumn.name().isEmpty()) ? joinColumn.name()
					: field.getName() + "_" + logicalColumnName(referenced);
			boolean nullable = optional && (joinColumn == null || joinColumn.nullable()) && !field.isAnnotationPresent(Id.class);
			boolean unique = oneToOne != null || (joinColumn != null && joinColumn.unique());
			Identifier physical = EntityMappingReader.this.naming.physical(name);
			add(new Column(physical, referencedColumn.type(), nullable, unique,
					false, null, origin(this.entity, field)), field.isAnnotationPresent(Id.class));
			ForeignKeys.forJoinColumns(tableName(this.entity), List.of(physical), tableName(target),
					List.of(referencedColumn.name()), (joinColumn != null) ? joinColumn.foreignKey() : null)
				.ifPresent(this.foreignKeys::add);
		}

		private Field referencedField(Field field, Class<?> target, @Nullable JoinColumn joinColumn) {
			String referenced = (joinColumn != null) ? joinColumn.referencedColumnName() : "";
			List<Field> candidates = persistentFields(target).stream()
				.filter((candidate) -> referenced.isEmpty() ? candidate.isAnnotationPresent(Id.class)
						: EntityMappingReader.this.naming.physical(logicalColumnName(candidate)).key()
							.equals(EntityMappingReader.this.naming.physical(referenced).key()))
				.toList();
			if (candidates.size() != 1) {
				throw new MappingException(origin(this.entity, field), "refers to " + target.getSimpleName()
						+ (referenced.isEmpty() ? ", whose identifier is not a single @Id field," : " by the column '"
								+ referenced + "', which it does not have,")
						+ " and AutoMigrate maps only single-column references yet.",
						"Reference a single @Id, or set schema.automigrate.enabled=false.");
			}
			return candidates.get(0);
		}

		private Column referencedColumn(Class<?> target, Field referenced) {
			EntityReader targetReader = new EntityReader(target, this.generators, new ArrayList<>());
			targetReader.readBasic(target, referenced, ResolvableType.forField(referenced, target).toClass(), false, null);
			return targetReader.columns.get(0);
		}

		private static String logicalColumnName(Field field) {
			jakarta.persistence.Column column = field.getAnnotation(jakarta.persistence.Column.class);
			return (column != null && !column.name().isEmpty()) ? column.name() : field.getName();
		}

		private void add(Column column, boolean id) {
			// Two fields may map one column (one of them read-only, insertable = false): the column exists once.
			if (this.columns.stream().anyMatch((existing) -> existing.name().key().equals(column.name().key()))) {
				return;
			}
			this.columns.add(column);
			if (id) {
				this.primaryKey.add(column.name());
			}
		}

	}

}
