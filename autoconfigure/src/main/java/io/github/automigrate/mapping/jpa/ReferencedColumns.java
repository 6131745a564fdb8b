package io.github.automigrate.mapping.jpa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.PrimaryKeyJoinColumn;
import org.jspecify.annotations.Nullable;

import io.github.automigrate.mapping.MappingException;
import io.github.automigrate.model.Column;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.TableName;

/**
 * Finds the column a {@code referencedColumnName} names, by the rule Hibernate 7 follows:
 * the name is matched against the <em>logical</em> column names of the referenced entity
 * (the name written in {@code @Column}, {@code @JoinColumn} or an override, else the
 * attribute's name), ignoring case unless quoted, before any physical naming; its own
 * table first, then its secondary tables, then its superclasses'. So {@code PARTNUMBER}
 * names {@code partNumber}, physically {@code part_number}. A name Hibernate would not
 * find, but which is already a column's physical name, is accepted too, as AutoMigrate
 * always has. Every place a referenced column is named uses this one rule: join columns,
 * primary key join columns, join tables' and collection tables' columns.
 * <p>
 * Longer than most classes here: it resolves referencedColumnName against every column a
 * target has (its own, its keys' and its references'), logically and case-insensitively,
 * as Hibernate does.
 */
final class ReferencedColumns {

	private final MappingContext context;

	private final BasicColumns basics;

	private final PrimaryKeys primaryKeys;

	private final Map<Class<?>, List<Candidate>> candidates = new HashMap<>();

	ReferencedColumns(MappingContext context, BasicColumns basics, PrimaryKeys primaryKeys) {
		this.context = context;
		this.basics = basics;
		this.primaryKeys = primaryKeys;
	}

	/**
	 * The column of an entity a {@code referencedColumnName} names.
	 * @param entity the referenced entity
	 * @param referencedColumnName the name as written
	 * @return the column, or {@code null} when the entity maps no column of that name
	 */
	@Nullable Found find(Class<?> entity, String referencedColumnName) {
		List<Candidate> all = candidates(entity);
		String wanted = canonical(referencedColumnName);
		for (Candidate candidate : all) {
			Found found = candidate.canonical().equals(wanted) ? candidate.found() : null;
			if (found != null) {
				return found;
			}
		}
		String physical = this.context.physical(referencedColumnName).key();
		for (Candidate candidate : all) {
			Found found = candidate.physical().key().equals(physical) ? candidate.found() : null;
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	/**
	 * The key columns of a table keyed like an entity (a joined subclass's, a secondary
	 * table's, a to-one join table's), named by the declared join columns: each names the
	 * key column it stands for by {@code referencedColumnName}, in any order, or, when
	 * none does, by position. Columns come in the key's order.
	 * @param entity the entity whose key is referred to
	 * @param key the key columns, whose names stand where a join column declares none
	 * @param declared the declared join columns (may be empty)
	 * @param origin what maps them, for messages
	 * @return the key columns, NOT NULL, typed like the columns they stand for
	 */
	List<Column> keyColumns(Class<?> entity, List<Column> key, List<KeyJoin> declared, String origin) {
		KeyJoin[] byPosition = new KeyJoin[key.size()];
		boolean named = declared.stream().anyMatch((join) -> !join.referencedColumnName().isEmpty());
		for (int i = 0; i < declared.size(); i++) {
			KeyJoin join = declared.get(i);
			int position = named ? keyPosition(entity, join, origin) : i;
			if (position < key.size()) {
				byPosition[position] = join;
			}
		}
		List<Column> columns = new ArrayList<>();
		for (int i = 0; i < key.size(); i++) {
			Column column = key.get(i);
			Identifier name = (byPosition[i] != null && !byPosition[i].name().isEmpty())
					? this.context.physical(byPosition[i].name()) : column.name();
			columns.add(Column.builder(name, column.type()).nullable(false).origin(origin).build());
		}
		return columns;
	}

	private int keyPosition(Class<?> entity, KeyJoin join, String origin) {
		if (join.referencedColumnName().isEmpty()) {
			throw new MappingException(origin, "names the referenced column of some join columns and not of others.",
					"Name each join column's referencedColumnName, or none.");
		}
		List<Column> key = this.primaryKeys.of(entity);
		Found found = find(entity, join.referencedColumnName());
		for (int i = 0; found != null && i < key.size(); i++) {
			if (key.get(i).name().key().equals(found.column().name().key())) {
				return i;
			}
		}
		throw new MappingException(origin,
				"refers to the column '" + join.referencedColumnName() + "' of " + entity.getSimpleName()
						+ ", which is not one of its identifier columns.",
				"Name an identifier column in referencedColumnName, or leave it out.");
	}

	/**
	 * A logical name as Hibernate compares it: quoted names exactly, others ignoring
	 * case.
	 */
	private String canonical(String logicalName) {
		Identifier identifier = Identifier.of(logicalName);
		boolean quoted = identifier.quoted() || this.context.naming.settings().globallyQuoted();
		return quoted ? "\"" + identifier.text() : identifier.text().toLowerCase(Locale.ROOT);
	}

	private List<Candidate> candidates(Class<?> entity) {
		List<Candidate> known = this.candidates.get(entity);
		if (known == null) {
			known = new ArrayList<>();
			collect(entity, known);
			this.candidates.put(entity, known);
		}
		return known;
	}

	private void collect(Class<?> entity, List<Candidate> candidates) {
		TableName ownTable = this.context.entity(entity).table();
		for (Class<?> type = entity; type != null; type = EntityInfo.parentEntity(type)) {
			EntityInfo info = this.context.entity(type);
			// A joined superclass's columns are in its own table; the other strategies
			// put them in the entity's.
			TableName table = (type != entity && info.strategy() == InheritanceType.JOINED) ? info.table() : ownTable;
			if (!info.isRoot() && info.strategy() == InheritanceType.JOINED) {
				joinedKey(type, info.table(), candidates);
			}
			Class<?> owner = type;
			for (Attribute attribute : this.context.declaredAttributes(type, info.access())) {
				boolean key = attribute.has(Id.class) || attribute.has(EmbeddedId.class);
				attribute(owner, attribute, Overrides.NONE, "", key, table, candidates);
			}
		}
	}

	/**
	 * A joined subclass's key columns, logically named by its
	 * {@code @PrimaryKeyJoinColumn}s.
	 */
	private void joinedKey(Class<?> type, TableName table, List<Candidate> candidates) {
		PrimaryKeyJoinColumn[] declared = type.getAnnotationsByType(PrimaryKeyJoinColumn.class);
		List<Column> key = this.primaryKeys.of(type);
		for (PrimaryKeyJoinColumn join : declared) {
			if (!join.name().isEmpty()) {
				Identifier physical = this.context.physical(join.name());
				key.stream()
					.filter((column) -> column.name().key().equals(physical.key()))
					.findFirst()
					.ifPresent((column) -> candidates
						.add(new Candidate(canonical(join.name()), physical, () -> new Found(column, table, ""))));
			}
		}
	}

	private void attribute(Class<?> owner, Attribute attribute, Overrides overrides, String path, boolean key,
			TableName table, List<Candidate> candidates) {
		if (attribute.isPlural()) {
			return;
		}
		String attributePath = path + attribute.name();
		if (PrimaryKeys.isToOne(attribute)) {
			List<JoinColumn> joins = References.declaredJoinColumns(attribute, overrides.joinColumns(attribute.name()));
			for (int i = 0; i < joins.size(); i++) {
				JoinColumn join = joins.get(i);
				if (!join.name().isEmpty()) {
					Identifier physical = this.context.physical(join.name());
					int position = i;
					// Another reference's column may be referred to as well: Hibernate
					// types it as that reference's own referenced column.
					candidates.add(new Candidate(canonical(join.name()), physical,
							() -> found(
									keyColumn(owner, physical, key,
											() -> joinedColumn(attribute, join, position, physical)),
									table, attributePath)));
				}
			}
			if (joins.isEmpty() && !key && !attribute.has(JoinTable.class)) {
				implicitJoinColumns(attribute, attributePath, table, candidates);
			}
			return;
		}
		if (attribute.has(Embedded.class) || attribute.has(EmbeddedId.class)
				|| attribute.javaType().isAnnotationPresent(Embeddable.class)) {
			Overrides inner = overrides.below(attribute.name()).with(attribute, "");
			Class<?> type = attribute.javaType();
			for (Attribute part : this.context.declaredAttributes(type,
					this.context.embeddableAccess(type, attribute))) {
				attribute(owner, part, inner, attributePath + ".", key, table, candidates);
			}
			return;
		}
		jakarta.persistence.Column override = overrides.column(attribute.name());
		jakarta.persistence.Column declared = (override != null) ? override
				: attribute.annotation(jakarta.persistence.Column.class);
		String logical = (declared != null && !declared.name().isEmpty()) ? declared.name() : attribute.name();
		TableName columnTable = (declared != null && !declared.table().isEmpty())
				? this.context.tableName("", "", declared.table()) : table;
		Identifier physical = this.context.physical(logical);
		candidates.add(new Candidate(canonical(logical), physical,
				() -> found(keyColumn(owner, physical, key,
						() -> this.basics.column(attribute, override, null, false, false, BeanValidation.Cascade.NONE)),
						columnTable, attributePath)));
	}

	/**
	 * A reference's implicitly named join columns,
	 * {@code <attribute>_<target key column>}, each typed like the key column.
	 */
	private void implicitJoinColumns(Attribute attribute, String attributePath, TableName table,
			List<Candidate> candidates) {
		Class<?> target = References.target(attribute);
		if (!target.isAnnotationPresent(Entity.class)) {
			return;
		}
		for (Column key : this.primaryKeys.of(target)) {
			String logical = attributePath.replace('.', '_') + "_" + key.name().text();
			Identifier physical = this.context.physical(logical);
			candidates.add(new Candidate(canonical(logical), physical,
					() -> new Found(Column.builder(physical, key.type()).origin(attribute.name()).build(), table,
							attributePath)));
		}
	}

	/**
	 * A non-key reference's join column, typed like the column of its target that it
	 * refers to.
	 */
	private @Nullable Column joinedColumn(Attribute attribute, JoinColumn join, int position, Identifier physical) {
		Class<?> target = References.target(attribute);
		Column referred;
		if (join.referencedColumnName().isEmpty()) {
			List<Column> key = this.primaryKeys.of(target);
			referred = (position < key.size()) ? key.get(position) : null;
		}
		else {
			Found found = find(target, join.referencedColumnName());
			referred = (found != null) ? found.column() : null;
		}
		return (referred != null)
				? Column.builder(physical, referred.type()).nullable(join.nullable()).origin(attribute.name()).build()
				: null;
	}

	private static @Nullable Found found(@Nullable Column column, TableName table, String path) {
		return (column != null) ? new Found(column, table, path) : null;
	}

	/**
	 * A key column as the key has it (NOT NULL, typed as the key is), else the column as
	 * the attribute maps it.
	 */
	private @Nullable Column keyColumn(Class<?> owner, Identifier physical, boolean key,
			Supplier<@Nullable Column> other) {
		if (key) {
			for (Column column : this.primaryKeys.of(owner)) {
				if (column.name().key().equals(physical.key())) {
					return column;
				}
			}
		}
		return other.get();
	}

	/**
	 * A join column naming a key column: a {@code @PrimaryKeyJoinColumn}'s or a
	 * {@code @JoinColumn}'s name and referenced column name.
	 */
	record KeyJoin(String name, String referencedColumnName) {

		static List<KeyJoin> of(PrimaryKeyJoinColumn[] joins) {
			return java.util.Arrays.stream(joins)
				.map((join) -> new KeyJoin(join.name(), join.referencedColumnName()))
				.toList();
		}

		static List<KeyJoin> of(JoinColumn[] joins) {
			return java.util.Arrays.stream(joins)
				.map((join) -> new KeyJoin(join.name(), join.referencedColumnName()))
				.toList();
		}

	}

	/**
	 * A referenced column.
	 *
	 * @param column the column (its physical name and type)
	 * @param table the table that has it
	 * @param path the attribute path that maps it, which orders the columns of a
	 * reference to other columns than the key as Hibernate orders them
	 */
	record Found(Column column, TableName table, String path) {
	}

	private record Candidate(String canonical, Identifier physical, Supplier<@Nullable Found> column) {

		@Nullable Found found() {
			return this.column.get();
		}

	}

}
