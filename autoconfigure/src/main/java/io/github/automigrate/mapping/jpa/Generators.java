package io.github.automigrate.mapping.jpa;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.SequenceGenerators;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.TableGenerators;
import org.jspecify.annotations.Nullable;

import io.github.automigrate.model.Column;
import io.github.automigrate.model.ColumnType;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Sequence;
import io.github.automigrate.model.Table;
import io.github.automigrate.model.TableName;
import io.github.automigrate.model.TypeKind;

/**
 * The identifier generators Hibernate needs in the database: sequences for {@code AUTO}
 * and {@code SEQUENCE} (declared by {@code @SequenceGenerator}, else {@code <entity>_seq}
 * with Hibernate's allocation size of 50), and tables for {@code TABLE}; and those of
 * Hibernate's legacy {@code @GenericGenerator} (a sequence or a table, named and shaped
 * by its parameters). Generator annotations are global in JPA, so they are collected from
 * every entity.
 * <p>
 * Longer than most classes here: it reads every identifier generator JPA and Hibernate
 * offer (sequence, table, identity, UUID, Hibernate's legacy ones) by Hibernate's lookup
 * order, which only makes sense read together.
 */
final class Generators {

	private static final int DEFAULT_ALLOCATION_SIZE = 50;

	private final NamingStrategy naming;

	private final Map<String, SequenceGenerator> sequenceGenerators = new HashMap<>();

	private final Map<String, TableGenerator> tableGenerators = new HashMap<>();

	private final Map<String, LegacyGenerator> legacyGenerators = new HashMap<>();

	private final Map<String, Table> tables = new LinkedHashMap<>();

	Generators(NamingStrategy naming, Collection<Class<?>> entities) {
		this.naming = naming;
		for (Class<?> entity : entities) {
			for (Class<?> type = entity; type != null && type != Object.class; type = type.getSuperclass()) {
				collect(type);
				for (Field field : ManagedTypes.declaredFields(type)) {
					collect(field);
				}
				for (java.lang.reflect.Method method : type.getDeclaredMethods()) {
					collect(method);
				}
			}
		}
	}

	private void collect(AnnotatedElement element) {
		for (LegacyGenerator generator : LegacyGenerator.on(element)) {
			this.legacyGenerators.putIfAbsent(generator.name(), generator);
		}
		// Most fields and methods declare neither: two lookups, instead of the arrays
		// getAnnotationsByType builds.
		if (!element.isAnnotationPresent(SequenceGenerator.class)
				&& !element.isAnnotationPresent(SequenceGenerators.class)
				&& !element.isAnnotationPresent(TableGenerator.class)
				&& !element.isAnnotationPresent(TableGenerators.class)) {
			return;
		}
		for (SequenceGenerator generator : element.getAnnotationsByType(SequenceGenerator.class)) {
			this.sequenceGenerators.putIfAbsent(generator.name(), generator);
		}
		for (TableGenerator generator : element.getAnnotationsByType(TableGenerator.class)) {
			this.tableGenerators.putIfAbsent(generator.name(), generator);
		}
	}

	/**
	 * The sequence an identifier draws from, registering a generator table instead when
	 * it uses one.
	 * @param entity the root entity
	 * @param rootTable the root entity's table
	 * @param id the identifier attribute
	 * @param generated its {@code @GeneratedValue}
	 * @return the sequence, or empty when it needs none
	 */
	Optional<Sequence> sequenceFor(Class<?> entity, TableName rootTable, Attribute id, GeneratedValue generated) {
		return Optional.ofNullable(sequence(entity, rootTable, id, generated));
	}

	private @Nullable Sequence sequence(Class<?> entity, TableName rootTable, Attribute id, GeneratedValue generated) {
		Class<?> type = id.javaType();
		GenerationType strategy = generated.strategy();
		if (strategy == GenerationType.IDENTITY) {
			return null;
		}
		String generator = generated.generator();
		if (generator.isEmpty() && strategy != GenerationType.UUID) {
			// JPA 3.2: an unnamed @GeneratedValue uses a generator declared beside it,
			// whatever its name (Hibernate looks on the member, the entity, the declaring
			// class, then the package; for AUTO a sequence before a table).
			SequenceGenerator localSequence = (strategy != GenerationType.TABLE)
					? local(SequenceGenerator.class, entity, id) : null;
			if (localSequence != null) {
				return (localSequence.name().isEmpty() && localSequence.sequenceName().isEmpty())
						? new Sequence(
								new TableName(null,
										this.naming.physical(rootTable.name().text() + "_SEQ",
												NamingStrategy.Kind.SEQUENCE)),
								localSequence.initialValue(), localSequence.allocationSize())
						: declared(localSequence);
			}
			TableGenerator localTable = (strategy != GenerationType.SEQUENCE) ? local(TableGenerator.class, entity, id)
					: null;
			if (localTable != null) {
				addTable(localTable);
				return null;
			}
		}
		// Only a name finds a generator declared elsewhere: an unnamed one serves the
		// identifier it is declared beside.
		TableGenerator tableGenerator = generator.isEmpty() ? null : this.tableGenerators.get(generator);
		if (generated.strategy() == GenerationType.TABLE || tableGenerator != null) {
			addTable(tableGenerator);
			return null;
		}
		LegacyGenerator legacy = this.legacyGenerators.get(generator);
		if (legacy != null && legacy.kind() != LegacyGenerator.Kind.OTHER) {
			return legacyObject(legacy);
		}
		boolean numeric = Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class);
		if (generated.strategy() == GenerationType.UUID || !numeric) {
			return null;
		}
		SequenceGenerator sequence = generator.isEmpty() ? null : this.sequenceGenerators.get(generator);
		if (sequence != null) {
			return declared(sequence);
		}
		// Hibernate names the implicit sequence after the text of the root table's
		// physical name, not the entity's, and without its quotes: "`ACCOUNT`" draws from
		// account_seq, named by the physical naming like any sequence.
		String name = !generator.isEmpty() ? generator : rootTable.name().text() + "_SEQ";
		return new Sequence(new TableName(null, this.naming.physical(name, NamingStrategy.Kind.SEQUENCE)), 1,
				DEFAULT_ALLOCATION_SIZE);
	}

	private static <A extends java.lang.annotation.Annotation> @Nullable A local(Class<A> kind, Class<?> entity,
			Attribute id) {
		Package declaringPackage = id.owner().getPackage();
		for (AnnotatedElement element : new AnnotatedElement[] { id.element(), entity, id.owner(), declaringPackage }) {
			A[] found = (element != null) ? element.getAnnotationsByType(kind) : null;
			if (found != null && found.length > 0) {
				return found[0];
			}
		}
		return null;
	}

	private Sequence declared(SequenceGenerator sequence) {
		String name = sequence.sequenceName().isEmpty() ? sequence.name() : sequence.sequenceName();
		return new Sequence(
				new TableName(physicalOrNull(sequence.catalog(), NamingStrategy.Kind.CATALOG),
						physicalOrNull(sequence.schema(), NamingStrategy.Kind.SCHEMA),
						this.naming.physical(name, NamingStrategy.Kind.SEQUENCE)),
				sequence.initialValue(), sequence.allocationSize());
	}

	/**
	 * The sequence a generator known only by its name draws from (that of a
	 * {@code @CollectionId}), registering its table instead when it is a table generator.
	 * @param generator the generator's name
	 * @return the sequence, or empty when it names a table generator, or no generator
	 * declared in the entities (one of Hibernate's own strategies, such as
	 * {@code increment})
	 */
	Optional<Sequence> named(String generator) {
		TableGenerator tableGenerator = this.tableGenerators.get(generator);
		if (tableGenerator != null) {
			addTable(tableGenerator);
			return Optional.empty();
		}
		SequenceGenerator sequence = this.sequenceGenerators.get(generator);
		if (sequence != null) {
			return Optional.of(declared(sequence));
		}
		LegacyGenerator legacy = this.legacyGenerators.get(generator);
		return (legacy != null) ? Optional.ofNullable(legacyObject(legacy)) : Optional.empty();
	}

	/**
	 * The sequence a {@code @GenericGenerator} draws from, as Hibernate 7 makes it: named
	 * by {@code sequence_name}, else after the generator, starting at
	 * {@code initial_value} (1) and stepping by {@code increment_size} (50); or,
	 * registering it, its table.
	 */
	private @Nullable Sequence legacyObject(LegacyGenerator generator) {
		if (generator.kind() == LegacyGenerator.Kind.TABLE) {
			addTable(generator.parameter("catalog", ""), generator.parameter("schema", ""),
					generator.parameter("table_name", DEFAULT_TABLE),
					generator.parameter("segment_column_name", DEFAULT_SEGMENT_COLUMN),
					generator.parameter("value_column_name", DEFAULT_VALUE_COLUMN),
					generator.parameter("segment_value_length", DEFAULT_SEGMENT_LENGTH), "@GenericGenerator");
			return null;
		}
		if (generator.kind() == LegacyGenerator.Kind.NONE) {
			return null;
		}
		return new Sequence(
				new TableName(physicalOrNull(generator.parameter("catalog", ""), NamingStrategy.Kind.CATALOG),
						physicalOrNull(generator.parameter("schema", ""), NamingStrategy.Kind.SCHEMA),
						this.naming.physical(generator.parameter("sequence_name", generator.name()),
								NamingStrategy.Kind.SEQUENCE)),
				generator.parameter("initial_value", 1),
				generator.parameter("increment_size", DEFAULT_ALLOCATION_SIZE));
	}

	private static final String DEFAULT_TABLE = "hibernate_sequences";

	private static final String DEFAULT_SEGMENT_COLUMN = "sequence_name";

	private static final String DEFAULT_VALUE_COLUMN = "next_val";

	private static final int DEFAULT_SEGMENT_LENGTH = 255;

	private void addTable(@Nullable TableGenerator generator) {
		addTable((generator != null) ? generator.catalog() : "", (generator != null) ? generator.schema() : "",
				(generator != null && !generator.table().isEmpty()) ? generator.table() : DEFAULT_TABLE,
				(generator != null && !generator.pkColumnName().isEmpty()) ? generator.pkColumnName()
						: DEFAULT_SEGMENT_COLUMN,
				(generator != null && !generator.valueColumnName().isEmpty()) ? generator.valueColumnName()
						: DEFAULT_VALUE_COLUMN,
				DEFAULT_SEGMENT_LENGTH, "@TableGenerator");
	}

	private void addTable(String catalog, String schema, String table, String nameColumn, String valueColumn,
			int nameLength, String declaredBy) {
		TableName name = new TableName(physicalOrNull(catalog, NamingStrategy.Kind.CATALOG),
				physicalOrNull(schema, NamingStrategy.Kind.SCHEMA),
				this.naming.physical(table, NamingStrategy.Kind.TABLE));
		Identifier key = this.naming.physical(nameColumn);
		this.tables.putIfAbsent(name.key(), Table.builder(name)
			.column(Column.builder(key, ColumnType.ofLength(TypeKind.VARCHAR, nameLength)).nullable(false).build())
			.column(Column.builder(this.naming.physical(valueColumn), ColumnType.of(TypeKind.BIGINT)).build())
			.primaryKey(List.of(key))
			.origin(declaredBy + " " + name)
			.build());
	}

	private @Nullable Identifier physicalOrNull(String name, NamingStrategy.Kind kind) {
		return name.isEmpty() ? null : this.naming.physical(name, kind);
	}

	/** The generator tables the entities use. */
	List<Table> tables() {
		return new ArrayList<>(this.tables.values());
	}

}
