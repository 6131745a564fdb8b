package io.github.automigrate.mapping.jdbc;

import java.sql.SQLType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.convert.CustomConversions;
import org.springframework.data.jdbc.core.convert.JdbcConverter;
import org.springframework.data.jdbc.core.dialect.JdbcArrayColumns;
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

	private final JdbcArrayColumns arrays;

	private final boolean referenceForeignKeys;

	private final Map<String, AggregateTable> tables = new LinkedHashMap<>();

	private final Map<String, Sequence> sequences = new LinkedHashMap<>();

	private final Set<String> entities = new LinkedHashSet<>();

	private final List<String> warnings = new ArrayList<>();

	// The AggregateReference columns that get a foreign key, once every table is read.
	private final List<Reference> references = new ArrayList<>();

	/**
	 * A reader.
	 * @param context the mapping context
	 * @param converter the converter, which says what type a property is bound as
	 * @param conversions the application's conversions
	 * @param names renders Spring Data's names as the dialect does
	 * @param arrays the dialect's array support, for collections of simple values
	 * @param referenceForeignKeys whether an {@code AggregateReference} column gets a
	 * foreign key to the referenced aggregate's id
	 */
	AggregateSchemaReader(RelationalMappingContext context, JdbcConverter converter, CustomConversions conversions,
			SqlNames names, JdbcArrayColumns arrays, boolean referenceForeignKeys) {
		this.context = context;
		this.converter = converter;
		this.conversions = conversions;
		this.names = names;
		this.arrays = arrays;
		this.referenceForeignKeys = referenceForeignKeys;
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
		this.references.forEach(this::addReferenceForeignKey);
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
		refuseWhatSpringDataCannotLoad(path, parent, pathText);
		RelationalPersistentEntity<?> parentEntity = parent.getRequiredLeafEntity();
		if (!parentEntity.hasIdProperty()) {
			throw new MappingException(parentEntity.getType().getName(),
					"has no @Id, so the rows of " + pathText + " have nothing to refer to.",
					"Give it an org.springframework.data.annotation.Id.");
		}
		AggregatePath.ColumnInfos parentIds = parent.getTableInfo().idColumnInfos();
		TableName parentName = this.names.tableName(parent.getTableInfo().qualifiedTableName());
		List<Identifier> parentKey = this.tables.get(parentName.key()).primaryKey();
		// One column per id column of the parent (several for a composite id), in the
		// order of the parent's primary key, which some databases need a foreign key to
		// follow.
		List<BackReference> backReferences = new ArrayList<>();
		info.backReferenceColumnInfos().forEach((idPath, column) -> {
			AggregatePath.ColumnInfo parentId = parentIds.get(idPath);
			Identifier referenced = (parentId != null) ? this.names.identifier(parentId.name()) : null;
			backReferences.add(new BackReference(this.names.identifier(column.name()),
					columnType(idPath.getRequiredLeafProperty(), pathText), referenced));
		});
		backReferences.sort(Comparator.comparingInt((reference) -> position(parentKey, reference.referenced())));
		List<Identifier> columns = new ArrayList<>();
		List<Identifier> referenced = new ArrayList<>();
		for (BackReference reference : backReferences) {
			addReference(table,
					Column.builder(reference.name(), reference.type()).nullable(false).origin(pathText).build(),
					pathText);
			columns.add(reference.name());
			if (reference.referenced() != null) {
				referenced.add(reference.referenced());
			}
		}
		for (AggregatePath level = path; !level.equals(parent) && !level.isRoot(); level = level.getParentPath()) {
			if (level.isQualified()) {
				AggregatePath.TableInfo levelInfo = level.getTableInfo();
				ColumnType type = typeOf(levelInfo.getRequiredQualifierColumnType(), pathText + " (its key)");
				Identifier name = this.names.identifier(levelInfo.getRequiredQualifierColumnInfo().name());
				addReference(table, Column.builder(name, type).nullable(false).origin(pathText).build(), pathText);
			}
		}
		if (referenced.size() == columns.size()) {
			table.addForeignKey(columns, parentName, referenced);
		}
	}

	private static int position(List<Identifier> key, @Nullable Identifier column) {
		for (int i = 0; column != null && i < key.size(); i++) {
			if (key.get(i).key().equals(column.key())) {
				return i;
			}
		}
		return key.size();
	}

	/**
	 * Stops at the nested shapes Spring Data JDBC writes but cannot read back: rows below
	 * the elements of an id-less {@code Set} (nothing tells which element they belong
	 * to), and a {@code Set} or single entity below the elements of an id-less
	 * {@code List} or {@code Map} (Spring Data writes its rows without the index or key
	 * it then reads them by; spring-data-relational#2061).
	 */
	private static void refuseWhatSpringDataCannotLoad(AggregatePath path, AggregatePath parent, String pathText) {
		for (AggregatePath level = path.getParentPath(); !level.equals(parent)
				&& !level.isRoot(); level = level.getParentPath()) {
			if (!level.isMultiValued()) {
				continue;
			}
			String levelText = level.getRequiredBaseProperty().getOwner().getType().getName() + "." + level.toDotPath();
			String element = level.getRequiredLeafEntity().getType().getName();
			if (!level.isQualified()) {
				throw new MappingException(pathText,
						"lies below the elements of the Set " + levelText + ", whose type " + element
								+ " has no @Id: Spring Data JDBC cannot tell which element its rows belong to, so it "
								+ "cannot load them back.",
						"Give " + element + " an org.springframework.data.annotation.Id, or make " + levelText
								+ " a List or Map.");
			}
			if (!path.isQualified()) {
				throw new MappingException(pathText, "is a " + (path.isMultiValued() ? "Set" : "single entity")
						+ " below the elements of " + levelText + ", whose type " + element
						+ " has no @Id: Spring Data JDBC writes its rows without that List index or Map key and "
						+ "cannot load them back (spring-data-relational#2061).",
						"Give " + element + " an org.springframework.data.annotation.Id, or make "
								+ path.getRequiredLeafProperty().getName() + " a List or Map.");
			}
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
		Class<?> bound = springData(origin, () -> boundType(property));
		boolean array = isSimpleArray(bound);
		ColumnType type = array ? arrayType(bound.getComponentType(), origin) : typeOf(bound, origin);
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
			.notPossible((array && !this.arrays.isSupported()) ? noArrays(bound.getComponentType(), origin) : null)
			.build(), id);
		if (this.referenceForeignKeys && property.isAssociation()) {
			this.references.add(new Reference(table, name, property.getAssociationTargetType(), origin));
		}
		if (property.isIdProperty() && property.hasSequence()) {
			TableName sequence = this.names.tableName(property.getSequence());
			this.sequences.putIfAbsent(sequence.key(), new Sequence(sequence, 1, 1));
		}
	}

	private ColumnType columnType(RelationalPersistentProperty property, String origin) {
		Class<?> bound = springData(origin, () -> boundType(property));
		return isSimpleArray(bound) ? arrayType(bound.getComponentType(), origin) : typeOf(bound, origin);
	}

	/** Whether Spring Data binds a value of this type as an array column. */
	private static boolean isSimpleArray(Class<?> bound) {
		return bound.isArray() && bound != byte[].class && bound != Byte[].class;
	}

	/**
	 * Why a collection of simple values has no column where Spring Data's dialect writes
	 * no arrays: the table is made without it, and the run reports it as not possible.
	 */
	private static String noArrays(Class<?> element, String origin) {
		return origin + " is a collection of simple values, which Spring Data JDBC writes as an array column ("
				+ element.getSimpleName() + "[]), and Spring Data's dialect for this database writes no arrays: "
				+ "the column is not made. Map the values as a @MappedCollection of a small entity (a table of "
				+ "its own), or hold them in a type of your own with a writing and a reading converter to a "
				+ "single column.";
	}

	/**
	 * An array column, for a collection of simple values, of the element type Spring
	 * Data's dialect creates its arrays with ({@code Connection.createArrayOf}), in the
	 * SQL standard's words that PostgreSQL and H2 both read ({@code varchar array}).
	 * Where the dialect writes no arrays, the element's name stands in: that column is
	 * never made.
	 */
	private ColumnType arrayType(Class<?> element, String origin) {
		if (element.isArray() || ColumnTypes.of(element) == null) {
			throw new MappingException(origin,
					"is a collection of " + element.getName() + ", which has no array column type.",
					"Map the values as a @MappedCollection of a small entity (a table of its own).");
		}
		if (!this.arrays.isSupported()) {
			return ColumnType.of(TypeKind.OTHER)
				.withDefinition(element.getSimpleName().toLowerCase(Locale.ROOT) + " array");
		}
		SQLType type = springData(origin, () -> this.arrays.getSqlType(element));
		String name = this.arrays.getArrayTypeName(type).toLowerCase(Locale.ROOT);
		return ColumnType.of(TypeKind.OTHER).withDefinition(name + " array");
	}

	/**
	 * The foreign key of an {@code AggregateReference} column to the referenced
	 * aggregate's id, where that aggregate's table is read here and has a single id
	 * column.
	 */
	private void addReferenceForeignKey(Reference reference) {
		AggregatePath target = springData(reference.origin(),
				() -> this.context.getAggregatePath(this.context.getRequiredPersistentEntity(reference.target())));
		TableName targetName = this.names.tableName(target.getTableInfo().qualifiedTableName());
		List<Identifier> ids = new ArrayList<>();
		target.getTableInfo()
			.idColumnInfos()
			.forEach((idPath, column) -> ids.add(this.names.identifier(column.name())));
		if (!this.tables.containsKey(targetName.key()) || ids.size() != 1) {
			this.warnings.add(reference.origin() + " refers to " + reference.target().getName() + ", which is "
					+ ((ids.size() != 1) ? "not identified by a single column" : "no aggregate root read here")
					+ ": its column gets no foreign key.");
			return;
		}
		reference.table().addForeignKey(List.of(reference.column()), targetName, ids);
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

	/**
	 * A back-reference column, and the parent's id column it holds, where Spring Data
	 * says.
	 */
	private record BackReference(Identifier name, ColumnType type, @Nullable Identifier referenced) {
	}

	/** An {@code AggregateReference} column, and the aggregate it refers to. */
	private record Reference(AggregateTable table, Identifier column, Class<?> target, String origin) {
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
