package io.github.automigrate.mapping.jpa;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Member;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinTable;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.AnnotationUtils;

import io.github.automigrate.mapping.MappingException;
import io.github.automigrate.model.Column;
import io.github.automigrate.model.ColumnType;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Sequence;
import io.github.automigrate.model.Table;
import io.github.automigrate.model.TableName;
import io.github.automigrate.model.TypeKind;

/**
 * The tables Hibernate Envers 7 adds for {@code @Audited} entities, built from what the
 * JPA mapping made of them (its annotations are read by name, so Envers stays optional):
 * the revision table ({@code revinfo}, or the application's {@code @RevisionEntity}), an
 * audit table per audited entity (the table's name and {@code _aud}: its key and the
 * revision as primary key, the revision type, its audited columns nullable) and per
 * audited collection, keyed as Envers keys them. What Envers would build and this class
 * does not stops the mapping, naming the construct.
 * <p>
 * Longer than most classes here: it builds Envers' whole audit model (revision entity,
 * audit tables, audited collections, overrides) from the same annotations Envers reads.
 */
final class EnversAuditTables {

	private static final String ENVERS = "org.hibernate.envers.";

	private static final String AUDITED = ENVERS + "Audited";

	private static final String NOT_AUDITED = ENVERS + "NotAudited";

	/**
	 * The sequence Envers' native revision generator draws from where the database's
	 * native generation is one.
	 */
	private static final int NATIVE_INCREMENT = 50;

	private final MappingContext context;

	private final AuditSettings settings;

	private final Map<Class<?>, TableBuilder> auditTables = new HashMap<>();

	private final List<TableBuilder> tables = new ArrayList<>();

	private @Nullable TableName revisionTable;

	private @Nullable Column revisionKey;

	EnversAuditTables(MappingContext context, AuditSettings settings) {
		this.context = context;
		this.settings = settings;
	}

	/**
	 * The audit tables of the audited entities, and the revision table when Envers makes
	 * it.
	 * @param entities the entities mapped
	 * @param built the entities' tables, by key
	 * @return the tables to add, empty when no entity is audited
	 */
	List<TableBuilder> tables(List<Class<?>> entities, Map<String, Table> built) {
		List<Class<?>> audited = entities.stream()
			.filter(this::isAudited)
			.sorted(Comparator.comparingInt(EnversAuditTables::depth))
			.toList();
		if (audited.isEmpty()) {
			return List.of();
		}
		if (!this.settings.unsupported().isEmpty()) {
			throw new MappingException("spring.jpa.properties.org.hibernate.envers",
					"sets " + String.join(", ", this.settings.unsupported())
							+ ", whose audit tables or columns AutoMigrate does not " + "build.",
					"Remove the setting, or create the audit schema yourself and turn AutoMigrate off.");
		}
		revisionTable(entities, built);
		for (Class<?> entity : audited) {
			audit(entity, built);
		}
		return this.tables;
	}

	/**
	 * Whether Envers audits the entity: {@code @Audited} on the class, or on one of its
	 * attributes.
	 */
	private boolean isAudited(Class<?> entity) {
		return has(entity, AUDITED)
				|| this.context.bound(entity).stream().anyMatch((bound) -> has(bound.attribute().element(), AUDITED));
	}

	private static int depth(Class<?> entity) {
		int depth = 0;
		for (Class<?> parent = EntityInfo.parentEntity(entity); parent != null; parent = EntityInfo
			.parentEntity(parent)) {
			depth++;
		}
		return depth;
	}

	/**
	 * The application's {@code @RevisionEntity}, else Envers' default {@code REVINFO}
	 * with its native generator.
	 */
	private void revisionTable(List<Class<?>> entities, Map<String, Table> built) {
		List<Class<?>> declared = entities.stream().filter((entity) -> has(entity, ENVERS + "RevisionEntity")).toList();
		if (declared.size() > 1) {
			throw new MappingException(declared.get(1).getName(),
					"is a @RevisionEntity, and so is " + declared.get(0).getName() + ".",
					"Keep one @RevisionEntity, as Envers requires.");
		}
		if (!declared.isEmpty()) {
			Table table = built.get(this.context.entity(declared.get(0)).table().key());
			if (table == null || table.primaryKey().size() != 1) {
				throw new MappingException(declared.get(0).getName(),
						"is a @RevisionEntity without a one-column identifier.",
						"Give it an @Id annotated @RevisionNumber, as Envers requires.");
			}
			this.revisionTable = table.name();
			this.revisionKey = table.column(table.primaryKey().get(0)).orElseThrow();
			return;
		}
		TableName name = this.context.tableName(orEmpty(this.settings.catalog()), orEmpty(this.settings.schema()),
				"REVINFO");
		TableBuilder table = this.context.table(name, "Envers revision entity");
		Column revision = Column.builder(this.context.physical("REV"), ColumnType.of(TypeKind.INTEGER))
			.nullable(false)
			.identity(true)
			.origin("Envers revision number")
			.build();
		table.add(revision, true);
		table.add(nullable(Column.builder(this.context.physical("REVTSTMP"), ColumnType.of(TypeKind.BIGINT))
			.origin("Envers revision timestamp")
			.build()), false);
		this.tables.add(table);
		// Envers' "native" generator: an identity column, or where the database's native
		// generation is a sequence, <table>_seq with Hibernate's default increment.
		TableName sequence = this.context.tableName(orEmpty(this.settings.catalog()), orEmpty(this.settings.schema()),
				"REVINFO_SEQ");
		this.context.sequences.putIfAbsent(sequence.key(), Sequence.nativeFor(sequence, 1, NATIVE_INCREMENT, name));
		this.revisionTable = name;
		this.revisionKey = revision;
	}

	private void audit(Class<?> entity, Map<String, Table> built) {
		EntityInfo info = this.context.entity(entity);
		unsupported(entity, info);
		Table table = Objects.requireNonNull(built.get(info.table().key()));
		TableBuilder audit;
		if (info.isRoot() || info.strategy() == InheritanceType.JOINED) {
			if (!info.isRoot() && !this.auditTables.containsKey(info.parent())) {
				throw notAuditedParent(entity, info);
			}
			audit = this.context.table(auditName(entity, table.name()), entity.getName());
			this.tables.add(audit);
			List<Column> key = table.primaryKey().stream().map((name) -> table.column(name).orElseThrow()).toList();
			keyed(audit, key, info.isRoot());
			if (info.isRoot()) {
				discriminator(entity, table, audit);
			}
			else {
				TableBuilder parent = this.auditTables.get(info.parent());
				List<Identifier> columns = audit.primaryKey();
				ForeignKeys
					.forJoinColumns(audit.name(), columns, parent.name(), parent.primaryKey(),
							DeclaredForeignKey.IMPLICIT)
					.ifPresent(audit::addForeignKey);
			}
		}
		else {
			audit = this.auditTables.get(info.parent());
			if (audit == null) {
				throw notAuditedParent(entity, info);
			}
		}
		this.auditTables.put(entity, audit);
		for (MappingContext.Bound bound : this.context.bound(entity)) {
			if (!audits(entity, bound.attribute())) {
				continue;
			}
			if (bound.table() != null) {
				collection(entity, bound, Objects.requireNonNull(built.get(bound.table().key())));
			}
			else if (bound.attribute().has(OneToMany.class)) {
				joinColumnCollection(entity, bound, built);
			}
			else {
				bound.columns().forEach((column) -> audit.add(nullable(column), false));
			}
		}
	}

	/**
	 * Adds the revision (first in the primary key, as Envers orders it), the key columns
	 * and the revision type.
	 */
	private void keyed(TableBuilder audit, List<Column> key, boolean withRevisionType) {
		Column revision = Column
			.builder(this.context.physical(this.settings.revisionField()),
					Objects.requireNonNull(this.revisionKey).type())
			.nullable(false)
			.origin("Envers revision")
			.build();
		audit.add(revision, true);
		key.forEach((column) -> audit.add(notNull(column), true));
		if (withRevisionType) {
			// A joined subclass's audit table refers to its parent's instead, by key and
			// revision.
			ForeignKeys
				.forJoinColumns(audit.name(), List.of(revision.name()), Objects.requireNonNull(this.revisionTable),
						List.of(this.revisionKey.name()), DeclaredForeignKey.IMPLICIT)
				.ifPresent(audit::addForeignKey);
			revisionTypeAndEnd(audit, false);
		}
	}

	private void revisionTypeAndEnd(TableBuilder audit, boolean typeInKey) {
		audit.add(Column
			.builder(this.context.physical(this.settings.revisionTypeField()), ColumnType.of(TypeKind.TINYINT))
			.nullable(!typeInKey)
			.origin("Envers revision type")
			.build(), typeInKey);
		String end = this.settings.revisionEndField();
		if (end != null) {
			Column column = Column.builder(this.context.physical(end), Objects.requireNonNull(this.revisionKey).type())
				.origin("Envers end revision")
				.build();
			audit.add(column, false);
			ForeignKeys
				.forJoinColumns(audit.name(), List.of(column.name()), Objects.requireNonNull(this.revisionTable),
						List.of(this.revisionKey.name()), DeclaredForeignKey.IMPLICIT)
				.ifPresent(audit::addForeignKey);
		}
	}

	/** A single table's discriminator, NOT NULL in its audit table too. */
	private void discriminator(Class<?> root, Table table, TableBuilder audit) {
		DiscriminatorColumn declared = root.getAnnotation(DiscriminatorColumn.class);
		Identifier name = this.context.physical((declared != null) ? declared.name() : "DTYPE");
		table.column(name).ifPresent((column) -> audit.add(notNull(column), false));
	}

	/**
	 * A collection's audit table: the revision, the collection table's columns as its
	 * key, and the revision type; for embeddable elements only the collection table's key
	 * is the key, with the revision type.
	 */
	private void collection(Class<?> entity, MappingContext.Bound bound, Table table) {
		Attribute attribute = bound.attribute();
		boolean embeddables = attribute.has(ElementCollection.class) && attribute.hasEmbeddableElements();
		if (embeddables && (attribute.isSet() || table.primaryKey().isEmpty())) {
			throw unsupported(attribute, "a set of embeddables, whose audit table Envers keys on an ordinal column");
		}
		if (HibernateAnnotations.collectionId(attribute.element()) != null) {
			throw unsupported(attribute, "a bag with @CollectionId");
		}
		TableBuilder audit = this.context.table(middleName(attribute, table.name()), attribute.origin());
		this.tables.add(audit);
		List<Column> key = embeddables
				? table.primaryKey().stream().map((name) -> table.column(name).orElseThrow()).toList()
				: table.columns();
		keyed(audit, key, false);
		ForeignKeys
			.forJoinColumns(audit.name(), List.of(this.context.physical(this.settings.revisionField())),
					Objects.requireNonNull(this.revisionTable),
					List.of(Objects.requireNonNull(this.revisionKey).name()), DeclaredForeignKey.IMPLICIT)
			.ifPresent(audit::addForeignKey);
		revisionTypeAndEnd(audit, embeddables);
		table.columns().forEach((column) -> audit.add(nullable(column), false));
	}

	/**
	 * A one-to-many with a join column: Envers audits it in a table
	 * {@code <Owner>_<Target>_AUD} of both keys.
	 */
	private void joinColumnCollection(Class<?> entity, MappingContext.Bound bound, Map<String, Table> built) {
		Class<?> target = References.target(bound.attribute());
		Table targetTable = Objects.requireNonNull(built.get(this.context.entity(target).table().key()));
		String name = lastComponent(entity) + "_" + lastComponent(target);
		TableBuilder audit = this.context.table(this.context.tableName(orEmpty(this.settings.catalog()),
				orEmpty(this.settings.schema()), this.settings.prefix() + name + this.settings.suffix()),
				bound.attribute().origin());
		this.tables.add(audit);
		List<Column> key = new ArrayList<>(bound.columns());
		targetTable.primaryKey().forEach((column) -> key.add(targetTable.column(column).orElseThrow()));
		keyed(audit, key, true);
	}

	private TableName middleName(Attribute attribute, TableName collectionTable) {
		Annotation joinTable = HibernateAnnotations.find(attribute.element(), ENVERS + "AuditJoinTable");
		if (joinTable != null && AnnotationUtils.getValue(joinTable, "inverseJoinColumns") instanceof Object[] columns
				&& columns.length > 0) {
			throw unsupported(attribute, "@AuditJoinTable(inverseJoinColumns)");
		}
		String name = (joinTable != null) ? (String) AnnotationUtils.getValue(joinTable, "name") : "";
		if (name != null && !name.isEmpty()) {
			return this.context.tableName(text(joinTable, "catalog", collectionTable.catalog()),
					text(joinTable, "schema", collectionTable.schema()), name);
		}
		return auditName(collectionTable, null);
	}

	/**
	 * {@code @AuditTable}, else the prefix, the table's name and the suffix, in the
	 * table's or the configured schema.
	 */
	private TableName auditName(Class<?> entity, TableName table) {
		return auditName(table, HibernateAnnotations.find(entity, ENVERS + "AuditTable"));
	}

	private TableName auditName(TableName table, @Nullable Annotation auditTable) {
		String name = (auditTable != null) ? (String) AnnotationUtils.getValue(auditTable, "value") : null;
		if (name == null || name.isEmpty()) {
			name = this.settings.prefix() + table.name().text() + this.settings.suffix();
		}
		return this.context
			.tableName(
					text(auditTable, "catalog",
							(this.settings.catalog() != null) ? Identifier.of(this.settings.catalog())
									: table.catalog()),
					text(auditTable, "schema",
							(this.settings.schema() != null) ? Identifier.of(this.settings.schema()) : table.schema()),
					name);
	}

	private static String text(@Nullable Annotation annotation, String attribute, @Nullable Identifier otherwise) {
		Object value = (annotation != null) ? AnnotationUtils.getValue(annotation, attribute) : null;
		if (value instanceof String text && !text.isEmpty()) {
			return text;
		}
		return (otherwise != null) ? otherwise.text() : "";
	}

	/**
	 * Whether Envers audits the attribute: not {@code @NotAudited}, not the
	 * {@code @Version} (unless configured), and either {@code @Audited} itself or
	 * declared by a class that is (a mapped superclass without {@code @Audited} is not,
	 * unless the entity names it in {@code @AuditOverride(forClass)}).
	 */
	private boolean audits(Class<?> entity, Attribute attribute) {
		AnnotatedElement element = attribute.element();
		if (has(element, NOT_AUDITED) || (!this.settings.auditVersion() && attribute.has(Version.class))) {
			return false;
		}
		if (has(element, AUDITED)) {
			return true;
		}
		Class<?> declaring = (element instanceof Member member) ? member.getDeclaringClass() : entity;
		Boolean overridden = classOverride(entity, declaring);
		return (overridden != null) ? overridden : has(declaring, AUDITED);
	}

	/**
	 * What {@code @AuditOverride(forClass = declaring)} on the entity or its superclasses
	 * says, or {@code null}.
	 */
	private static @Nullable Boolean classOverride(Class<?> entity, Class<?> declaring) {
		for (Class<?> type = entity; type != null && type != Object.class; type = type.getSuperclass()) {
			for (Annotation annotation : type.getAnnotations()) {
				String name = annotation.annotationType().getName();
				Object[] overrides = new Object[0];
				if (name.equals(ENVERS + "AuditOverride")) {
					overrides = new Object[] { annotation };
				}
				else if (name.equals(ENVERS + "AuditOverrides")
						&& AnnotationUtils.getValue(annotation) instanceof Object[] all) {
					overrides = all;
				}
				for (Object override : overrides) {
					Annotation auditOverride = (Annotation) override;
					if (declaring.equals(AnnotationUtils.getValue(auditOverride, "forClass"))
							&& "".equals(AnnotationUtils.getValue(auditOverride, "name"))) {
						return Boolean.TRUE.equals(AnnotationUtils.getValue(auditOverride, "isAudited"));
					}
				}
			}
		}
		return null;
	}

	/** What Envers maps and AutoMigrate does not build: start-up stops naming it. */
	private void unsupported(Class<?> entity, EntityInfo info) {
		if (info.strategy() == InheritanceType.TABLE_PER_CLASS
				&& (!info.isRoot() || this.context.hasSubclasses(entity))) {
			throw unsupportedEntity(entity, "a TABLE_PER_CLASS hierarchy");
		}
		if (entity.getAnnotationsByType(SecondaryTable.class).length > 0) {
			throw unsupportedEntity(entity,
					"a @SecondaryTable, whose audit table Envers names by @SecondaryAuditTable");
		}
		if (withModifiedFlag(entity)) {
			throw unsupportedEntity(entity, "@Audited(withModifiedFlag = true), whose _MOD columns");
		}
		for (MappingContext.Bound bound : this.context.bound(entity)) {
			if (withModifiedFlag(bound.attribute().element())) {
				throw unsupported(bound.attribute(), "@Audited(withModifiedFlag = true), whose _MOD column");
			}
			if (bound.attribute().has(JoinTable.class) && PrimaryKeys.isToOne(bound.attribute())
					&& audits(entity, bound.attribute())) {
				throw unsupported(bound.attribute(), "a to-one association through a @JoinTable");
			}
		}
	}

	private static boolean withModifiedFlag(AnnotatedElement element) {
		Annotation audited = HibernateAnnotations.find(element, AUDITED);
		return audited != null && Boolean.TRUE.equals(AnnotationUtils.getValue(audited, "withModifiedFlag"));
	}

	private static MappingException unsupportedEntity(Class<?> entity, String construct) {
		return new MappingException(entity.getName(),
				"is @Audited with " + construct + ": AutoMigrate does not build " + "Envers' audit tables for it.",
				"Create its audit tables yourself and turn AutoMigrate off, or leave " + "the entity unaudited.");
	}

	private static MappingException unsupported(Attribute attribute, String construct) {
		return new MappingException(attribute.origin(),
				"is audited by Envers and is " + construct + ": AutoMigrate does not build its audit table.",
				"Annotate it @NotAudited, or create its audit table " + "yourself and turn AutoMigrate off.");
	}

	private static MappingException notAuditedParent(Class<?> entity, EntityInfo info) {
		return new MappingException(entity.getName(),
				"is @Audited, but its superclass " + Objects.requireNonNull(info.parent()).getName()
						+ " is not, which Envers refuses.",
				"Annotate " + info.parent().getSimpleName() + " @Audited too.");
	}

	private static boolean has(AnnotatedElement element, String annotation) {
		return HibernateAnnotations.find(element, annotation) != null;
	}

	/**
	 * Envers names a join column's audit table after the entity names, their last part.
	 */
	private static String lastComponent(Class<?> entity) {
		String name = entity.getName();
		return name.substring(name.lastIndexOf('.') + 1);
	}

	private static String orEmpty(@Nullable String value) {
		return (value != null) ? value : "";
	}

	/**
	 * Envers copies a column's name and type, never its constraints: nullable, not
	 * unique, no default.
	 */
	private static Column nullable(Column column) {
		return Column.builder(column.name(), column.type()).origin(column.origin()).build();
	}

	private static Column notNull(Column column) {
		return Column.builder(column.name(), column.type()).nullable(false).origin(column.origin()).build();
	}

}
