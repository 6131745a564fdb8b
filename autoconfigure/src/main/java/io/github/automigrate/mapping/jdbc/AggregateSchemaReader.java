package io.github.automigrate.mapping.jdbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.convert.CustomConversions;
import org.springframework.data.jdbc.core.convert.JdbcConverter;
import org.springframework.data.relational.core.mapping.AggregatePath;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;

import io.github.automigrate.mapping.MappedSchema;
import io.github.automigrate.mapping.MappingException;
import io.github.automigrate.model.Column;
import io.github.automigrate.model.ColumnType;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Schema;
import io.github.automigrate.model.Sequence;
import io.github.automigrate.model.TableName;
import io.github.automigrate.model.TypeKind;

/**
 * Reads the tables of some aggregates from Spring Data's mapping context: one table per
 * aggregate root and per entity-typed property path below it (embedded values have none),
 * with the names, back-references, list index and map key columns Spring Data's
 * {@link AggregatePath} gives, and the column types its converter binds.
 * <p>
 * Longer than most classes here: it walks every kind of path Spring Data JDBC maps
 * (entity, embedded, collection, qualified collection, reference) in one pass.
 */
final class AggregateSchemaReader {

	private final RelationalMappingContext context;

	private final JdbcConverter converter;

	private final CustomConversions conversions;

	private final SqlNames names;

	private final Map<String, AggregateTable> tables = new LinkedHashMap<>();

	private final Map<String, Sequence> sequences = new LinkedHashMap<>();

	private final Set<String> entities = new LinkedHashSet<>();

	private final List<String> warnings = new ArrayList<>();

	AggregateSchemaReader(RelationalMappingContext context, JdbcConverter converter, CustomConversions conversions,
			SqlNames names) {
		this.context = context;
		this.converter = converter;
		this.conversions = conversions;
		this.names = names;
	}

	/**
	 * Reads the schema of the given aggregate roots.
	 * @param roots the aggregate root classes
	 * @return the schema they map
	 * @throws MappingException if one cannot be mapped
	 */
	MappedSchema read(Collection<Class<?>> roots) {
		List<Class<?>> sorted = new ArrayList<>(roots);
		sorted.sort(Comparator.comparing(Class::getName));
		for (Class<?> root : sorted) {
			RelationalPersistentEntity<?> entity = springData(root.getName(),
					() -> this.context.getRequiredPersistentEntity(root));
			readTable(springData(root.getName(), () -> this.context.getAggregatePath(entity)));
		}
		Schema schema = new Schema(this.tables.values().stream().map(AggregateTable::build).toList(),
				List.copyOf(this.sequences.values()));
		return new MappedSchema(schema, this.warnings, List.copyOf(this.entities));
	}

	private void readTable(AggregatePath path) {
		RelationalPersistentEntity<?> entity = path.getRequiredLeafEntity();
		String origin = path.isRoot() ? entity.getType().getName() : entity.getType().getName() + " ("
				+ path.getRequiredBaseProperty().getOwner().getType().getName() + "." + path.toDotPath() + ")";
		AggregatePath.TableInfo info = springData(origin, path::getTableInfo);
		TableName name = this.names.tableName(info.qualifiedTableName());
		AggregateTable table = this.tables.computeIfAbsent(name.key(),
				(key) -> new AggregateTable(name, entity.getType().getName()));
		this.entities.add(entity.getType().getName());
		String pathText = path.isRoot() ? entity.getType().getName()
				: path.getRequiredBaseProperty().getOwner().getType().getName() + "." + path.toDotPath();
		if (!table.reachedFrom(pathText)) {
			return;
		}
		if (!path.isRoot()) {
			readParentColumns(path, info, table, pathText);
		}
		List<AggregatePath> children = new ArrayList<>();
		readProperties(path, entity, table, Role.OWN, children);
		children.forEach(this::readTable);
	}

	/**
	 * The back-reference to the nearest ancestor with an id, and a key column for every
	 * List or Map level between.
	 */
	private void readParentColumns(AggregatePath path, AggregatePath.TableInfo info, AggregateTable table,
			String pathText) {
		AggregatePath parent = path.getIdDefiningParentPath();
		RelationalPersistentEntity<?> parentEntity = parent.getRequiredLeafEntity();
		if (!parentEntity.hasIdProperty()) {
			throw new MappingException(parentEntity.getType().getName(),
					"has no @Id, so the rows of " + pathText + " have nothing to refer to.",
					"Give it an org.springframework.data.annotation.Id.");
		}
		AggregatePath.ColumnInfos parentIds = parent.getTableInfo().idColumnInfos();
		List<Identifier> columns = new ArrayList<>();
		List<Identifier> referenced = new ArrayList<>();
		info.backReferenceColumnInfos().forEach((idPath, column) -> {
			Identifier name = this.names.identifier(column.name());
			ColumnType type = columnType(idPath.getRequiredLeafProperty(), pathText);
			addReference(table, Column.builder(name, type).nullable(false).origin(pathText).build(), pathText);
			columns.add(name);
			AggregatePath.ColumnInfo parentId = parentIds.get(idPath);
			if (parentId != null) {
				referenced.add(this.names.identifier(parentId.name()));
			}
		});
		for (AggregatePath level = path; !level.equals(parent) && !level.isRoot(); level = level.getParentPath()) {
			if (level.isQualified()) {
				AggregatePath.TableInfo levelInfo = level.getTableInfo();
				ColumnType type = typeOf(levelInfo.getRequiredQualifierColumnType(), pathText + " (its key)");
				Identifier name = this.names.identifier(levelInfo.getRequiredQualifierColumnInfo().name());
				addReference(table, Column.builder(name, type).nullable(false).origin(pathText).build(), pathText);
			}
		}
		if (referenced.size() == columns.size()) {
			table.addForeignKey(columns, this.names.tableName(parent.getTableInfo().qualifiedTableName()), referenced);
		}
	}

	private void addReference(AggregateTable table, Column column, String pathText) {
		String other = table.addReference(column, pathText);
		if (other != null) {
			this.warnings.add(pathText + " and " + other + " both write " + table.name() + "." + column.name()
					+ ": Spring Data cannot tell their rows apart. Give one of them @MappedCollection(idColumn = ...).");
		}
	}

	private void readProperties(AggregatePath owner, RelationalPersistentEntity<?> entity, AggregateTable table,
			Role role, List<AggregatePath> children) {
		for (RelationalPersistentProperty property : entity) {
			String origin = entity.getType().getName() + "." + property.getName();
			AggregatePath path = springData(origin, () -> owner.append(property));
			if (path.isEmbedded()) {
				Role embedded = (role == Role.OWN && property.isIdProperty()) ? Role.ID : Role.EMBEDDED;
				readProperties(path, path.getRequiredLeafEntity(), table, embedded, children);
			}
			else if (path.isEntity()) {
				children.add(path);
			}
			else {
				readColumn(path, property, table, role, origin);
			}
		}
	}

	private void readColumn(AggregatePath path, RelationalPersistentProperty property, AggregateTable table, Role role,
			String origin) {
		Identifier name = this.names.identifier(path.getColumnInfo().name());
		ColumnType type = columnType(property, origin);
		boolean id = (role == Role.OWN && property.isIdProperty()) || role == Role.ID;
		boolean identity = role == Role.OWN && property.isIdProperty() && !property.hasSequence()
				&& type.kind().family() == TypeKind.Family.INTEGER;
		boolean primitive = property.getType().isPrimitive();
		// Spring Data writes every column on insert, nulls included: only what can never
		// be null may be NOT NULL.
		boolean nullable = !id && (!primitive || role == Role.EMBEDDED || !property.isWritable());
		Object fallback = (!nullable && !id) ? primitiveDefault(property.getType()) : null;
		table.add(Column.builder(name, type)
			.nullable(nullable)
			.identity(identity)
			.fallbackDefault(fallback)
			.origin(origin)
			.build(), id);
		if (property.isIdProperty() && property.hasSequence()) {
			TableName sequence = this.names.tableName(property.getSequence());
			this.sequences.putIfAbsent(sequence.key(), new Sequence(sequence, 1, 1));
		}
	}

	private ColumnType columnType(RelationalPersistentProperty property, String origin) {
		Class<?> bound = springData(origin, () -> boundType(property));
		if (bound.isArray() && bound != byte[].class && bound != Byte[].class) {
			throw new MappingException(origin,
					"is a collection of simple values, which Spring Data JDBC writes as an " + "array column ("
							+ bound.getComponentType().getSimpleName() + "[]); AutoMigrate does not create "
							+ "array columns.",
					"Map the values as a @MappedCollection of a small entity, or create the column "
							+ "yourself and mark nothing else.");
		}
		return typeOf(bound, origin);
	}

	/**
	 * The type Spring Data binds a property's value as. Its converter's column type
	 * leaves converters out (they are applied to each value as it is written): a type of
	 * the application's own (an enum included) that a writing converter turns into
	 * another is bound as that other type. The JDK's types keep the column type Spring
	 * Data gives them, whatever its store conversions do to the value on the way.
	 */
	private Class<?> boundType(RelationalPersistentProperty property) {
		Class<?> actual = property.getActualType();
		if (!actual.getName().startsWith("java.") && !property.isAssociation()) {
			java.util.Optional<Class<?>> target = this.conversions.getCustomWriteTarget(actual);
			if (target.isPresent()) {
				Class<?> written = org.springframework.util.ClassUtils.resolvePrimitiveIfNecessary(target.get());
				return property.isCollectionLike() ? java.lang.reflect.Array.newInstance(written, 0).getClass()
						: written;
			}
		}
		return this.converter.getColumnType(property);
	}

	private static ColumnType typeOf(Class<?> bound, String origin) {
		ColumnType type = ColumnTypes.of(bound);
		if (type == null) {
			throw new MappingException(origin,
					"has no column type: Spring Data JDBC binds it as " + bound.getName()
							+ ", which no database column type is known for.",
					"Register a @WritingConverter (and @ReadingConverter) to a simple type, or mark it @Transient.");
		}
		return type;
	}

	private static @Nullable Object primitiveDefault(Class<?> type) {
		if (!type.isPrimitive()) {
			return null;
		}
		if (type == boolean.class) {
			return false;
		}
		return (type == char.class) ? " " : 0;
	}

	/**
	 * Runs a call into Spring Data, naming the class or property concerned when Spring
	 * Data refuses it.
	 */
	private static <T> T springData(String origin, java.util.function.Supplier<T> call) {
		try {
			return call.get();
		}
		catch (MappingException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw new MappingException(origin, "Spring Data JDBC cannot map it: " + reasons(ex),
					"Change it to a shape Spring Data JDBC accepts (see its reference documentation).");
		}
	}

	/**
	 * Spring Data's message and those of its causes: the outer one often says only which
	 * class failed, the innermost which property and why.
	 */
	private static String reasons(Throwable ex) {
		List<String> messages = new ArrayList<>();
		for (Throwable cause = ex; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			String message = cause.getMessage();
			if (message != null && !message.isBlank() && !messages.contains(message)) {
				messages.add(message);
			}
		}
		return messages.isEmpty() ? ex.getClass().getName() : String.join("; because: ", messages);
	}

	/** How the properties being read relate to the table's own row. */
	private enum Role {

		/** The entity's own properties. */
		OWN,

		/** The properties of an embedded id (a composite key). */
		ID,

		/**
		 * The properties of an embedded value, whose columns are all null when the value
		 * is.
		 */
		EMBEDDED

	}

}
