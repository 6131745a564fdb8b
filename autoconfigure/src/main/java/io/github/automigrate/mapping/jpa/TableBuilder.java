package io.github.automigrate.mapping.jpa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.automigrate.mapping.MappingException;
import io.github.automigrate.model.Column;
import io.github.automigrate.model.ForeignKey;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Index;
import io.github.automigrate.model.Table;
import io.github.automigrate.model.TableName;

/**
 * Collects one expected table while entities are read: several entities (single-table
 * inheritance) and several attributes (a read-only duplicate of a join column) may
 * contribute the same column, which then exists once. The table lists its primary key
 * first, then the other columns by their {@link ColumnPlacement}.
 * <p>
 * Longer than most classes here: it is a table under construction with everything a
 * mapping adds to one (columns in their order, keys, indexes, unique constraints,
 * secondary tables' needs).
 */
final class TableBuilder {

	private final TableName name;

	private final String origin;

	// By key: a wide table built from many entities would otherwise be searched column by
	// column.
	private final Map<String, Column> columns = new LinkedHashMap<>();

	private final Map<String, ColumnPlacement> placements = new java.util.HashMap<>();

	private ColumnPlacement placing = ColumnPlacement.OWN;

	private final List<Identifier> primaryKey = new ArrayList<>();

	private final List<Index> indexes = new ArrayList<>();

	private final List<ForeignKey> foreignKeys = new ArrayList<>();

	private final java.util.SortedMap<String, List<Identifier>> naturalIdByAttribute = new java.util.TreeMap<>();

	private final List<List<Identifier>> referencedUnique = new ArrayList<>();

	private @Nullable Class<?> entity;

	// Columns another entity's collection or association put here before the owning
	// entity was bound.
	private final java.util.Set<String> beforeOwner = new java.util.HashSet<>();

	private boolean ownerBinding;

	// Columns a to-one's join columns hold so far: Hibernate binds basic columns first
	// (to-one join columns in a second pass), and a table keeps the first mapping of a
	// column, so a basic mapping of the same column gives it its shape.
	private final java.util.Set<String> joinColumns = new java.util.HashSet<>();

	private TableConstraintsReader.@Nullable Declared declared;

	TableBuilder(TableName name, String origin) {
		this.name = name;
		this.origin = origin;
	}

	TableName name() {
		return this.name;
	}

	/**
	 * Marks the table as an entity's own, whose {@code @Table} declares its indexes and
	 * unique constraints.
	 */
	void ownedBy(Class<?> entity) {
		if (this.entity == null) {
			this.entity = entity;
			this.ownerBinding = true;
		}
	}

	/**
	 * Ends the owning entity's binding: from now on, the first mapping of a column stands
	 * again. While it lasted, the owner's mapping of a column that a collection or
	 * another entity's association had put here first replaced that one, as Hibernate
	 * binds entities before their collections and associations.
	 */
	void ownerBound() {
		this.ownerBinding = false;
		this.beforeOwner.clear();
	}

	/**
	 * Gives a join or collection table the indexes and unique constraints its
	 * {@code @JoinTable} or {@code @CollectionTable} declares.
	 * @param declared what the annotation declares
	 */
	void declares(TableConstraintsReader.Declared declared) {
		if (this.declared == null) {
			this.declared = declared;
		}
	}

	/**
	 * Whether the table's {@code @JoinTable} or {@code @CollectionTable} declares a
	 * unique constraint or index.
	 */
	boolean declaresUniqueKey() {
		return this.declared != null && (this.declared.uniqueConstraints().length > 0
				|| java.util.Arrays.stream(this.declared.indexes()).anyMatch(jakarta.persistence.Index::unique));
	}

	/**
	 * Adds a column, unless the table has one of that name already.
	 * @param column the column
	 * @param primaryKey whether it belongs to the primary key
	 */
	void add(Column column, boolean primaryKey) {
		add(column, primaryKey, this.placing);
	}

	/**
	 * Places the columns added next (by {@link #add(Column, boolean)}): the entity being
	 * bound says whose they are.
	 * @param placement where they go
	 */
	void placeNext(ColumnPlacement placement) {
		this.placing = placement;
	}

	/**
	 * Adds a column that another entity's mapping puts into this table, after the table's
	 * own columns.
	 * @param column the column
	 * @param contributor the entity whose attribute maps it
	 */
	void addContributed(Column column, Class<?> contributor) {
		add(column, false, ColumnPlacement.contributedBy(contributor), false);
	}

	/**
	 * Adds a join column of a to-one association, which yields to a basic mapping of the
	 * same column (nullability and type), bound before or after it.
	 * @param column the column
	 * @param primaryKey whether it belongs to the primary key
	 */
	void addJoinColumn(Column column, boolean primaryKey) {
		add(column, primaryKey, this.placing, true);
	}

	private void add(Column column, boolean primaryKey, ColumnPlacement placement) {
		add(column, primaryKey, placement, false);
	}

	private void add(Column column, boolean primaryKey, ColumnPlacement placement, boolean joinColumn) {
		String name = column.name().key();
		Column existing = this.columns.putIfAbsent(name, column);
		boolean taken = existing == null;
		if (existing == null && this.entity == null) {
			this.beforeOwner.add(name);
		}
		else if (existing != null && this.ownerBinding && this.beforeOwner.remove(name)) {
			this.columns.put(name, column);
			taken = true;
		}
		else if (existing != null && !joinColumn && this.joinColumns.contains(name)) {
			this.columns.put(name, column);
			this.joinColumns.remove(name);
		}
		if (joinColumn && taken) {
			this.joinColumns.add(name);
		}
		if (existing != null && conflict(existing, column)) {
			throw new MappingException(String.valueOf(column.origin()),
					"maps the column " + this.name + "." + column.name() + " as " + column.type() + ", but "
							+ existing.origin() + " maps it as " + existing.type() + ".",
					"Map the column with one type, or give one of them another @Column(name = ...).");
		}
		ColumnPlacement known = this.placements.putIfAbsent(name, placement);
		if (known != null && placement.compareTo(known) < 0) {
			// Mapped again from an earlier placement (a read-only duplicate of a
			// contributed key): it stands there.
			this.columns.put(name, this.columns.remove(name));
			this.placements.put(name, placement);
		}
		if (primaryKey && this.primaryKey.stream().noneMatch((key) -> key.key().equals(column.name().key()))) {
			this.primaryKey.add(column.name());
		}
	}

	/**
	 * Two mappings of one column conflict when their types are of different families (a
	 * number and a text).
	 */
	private static boolean conflict(Column existing, Column column) {
		return existing.type().definition() == null && column.type().definition() == null
				&& existing.type().kind().family() != column.type().kind().family();
	}

	/** The number of columns so far. */
	int columnCount() {
		return this.columns.size();
	}

	/**
	 * Adds the columns added since there were {@code before} (columns keep their order)
	 * to the natural id, which Hibernate makes one unique constraint.
	 * @param before the number of columns before the natural id attribute was bound
	 */
	void addNaturalIdColumns(int before, String attributeName) {
		// Hibernate binds an entity's attributes in the alphabetical order of their
		// names, and so adds them to the natural id's unique key.
		this.columns.values()
			.stream()
			.skip(before)
			.forEach((column) -> this.naturalIdByAttribute.computeIfAbsent(attributeName, (key) -> new ArrayList<>())
				.add(column.name()));
	}

	/**
	 * Makes columns unique that a reference names instead of the key, as Hibernate does:
	 * a unique key named as a unique column's (one column) or as an implicit unique
	 * constraint's (several), unless one over them exists.
	 * @param columns the referenced columns, in the order Hibernate lists them
	 */
	void uniqueForReference(List<Identifier> columns) {
		this.referencedUnique.add(columns);
	}

	boolean hasPrimaryKey() {
		return !this.primaryKey.isEmpty();
	}

	List<Identifier> primaryKey() {
		return List.copyOf(this.primaryKey);
	}

	List<Column> columns() {
		return List.copyOf(this.columns.values());
	}

	/**
	 * The columns added after the first ones, without copying those: asked after every
	 * attribute.
	 * @param before how many there were
	 * @return the columns added since
	 */
	List<Column> columnsAfter(int before) {
		if (before >= this.columns.size()) {
			return List.of();
		}
		List<Column> added = new ArrayList<>(this.columns.size() - before);
		int index = 0;
		for (Column column : this.columns.values()) {
			if (index++ >= before) {
				added.add(column);
			}
		}
		return List.copyOf(added);
	}

	void addIndex(Index index) {
		if (this.indexes.stream().noneMatch((existing) -> existing.name().key().equals(index.name().key()))) {
			this.indexes.add(index);
		}
	}

	List<ForeignKey> foreignKeys() {
		return List.copyOf(this.foreignKeys);
	}

	void addForeignKey(ForeignKey foreignKey) {
		// Columns shared by references to different tables (unidirectional one-to-manys
		// of several owners) get a key to each, as in Hibernate; mappings of them that
		// reference the same table make one key, which a declared name names.
		for (int i = 0; i < this.foreignKeys.size(); i++) {
			ForeignKey existing = this.foreignKeys.get(i);
			if (existing.columns().equals(foreignKey.columns())
					&& existing.referencedTable().key().equals(foreignKey.referencedTable().key())) {
				if (implicitlyNamed(existing) && !implicitlyNamed(foreignKey)) {
					this.foreignKeys.set(i, new ForeignKey(foreignKey.name(), existing.columns(),
							existing.referencedTable(), existing.referencedColumns(), existing.onDelete()));
				}
				return;
			}
		}
		this.foreignKeys.add(foreignKey);
	}

	private boolean implicitlyNamed(ForeignKey foreignKey) {
		return foreignKey.name()
			.equals(ConstraintNames.foreignKey(this.name, foreignKey.referencedTable(), foreignKey.columns()));
	}

	Table build(TableConstraintsReader constraints) {
		TableConstraintsReader.Declared declaring = (this.entity != null)
				? TableConstraintsReader.Declared.of(this.entity) : this.declared;
		constraints.read(declaring, this.name, this.columns.values()).forEach(this::addIndex);
		List<Identifier> naturalId = this.naturalIdByAttribute.values().stream().flatMap(List::stream).toList();
		if (!naturalId.isEmpty()) {
			// Hibernate names it as a unique key over one pseudo-column, "_NaturalID".
			addIndex(new Index(ConstraintNames.uniqueKey(this.name, List.of(new Identifier("_NaturalID", false))),
					naturalId, true));
		}
		for (List<Identifier> columns : this.referencedUnique) {
			java.util.Set<String> referenced = keys(columns);
			if (this.indexes.stream()
				.noneMatch((index) -> index.unique() && keys(index.columns()).equals(referenced))) {
				addIndex(new Index(ConstraintNames.uniqueKey(this.name, columns), columns, true));
			}
		}
		// Hibernate drops a unique key over exactly the primary key's columns (an @Id
		// declared unique, or a unique constraint naming them): the primary key is unique
		// already.
		java.util.Set<String> keyColumns = keys(this.primaryKey);
		if (!keyColumns.isEmpty()) {
			this.indexes.removeIf((index) -> index.unique() && index.columns().size() == keyColumns.size()
					&& keys(index.columns()).equals(keyColumns));
		}
		// Primary key columns first, as Hibernate writes them; then by placement (a
		// stable sort: binding order within).
		Map<String, Column> rest = new LinkedHashMap<>(this.columns);
		List<Column> ordered = new ArrayList<>(rest.size());
		for (Identifier key : this.primaryKey) {
			Column column = rest.remove(key.key());
			if (column != null) {
				ordered.add(column);
			}
		}
		rest.values()
			.stream()
			.sorted(java.util.Comparator.comparing((Column column) -> this.placements.get(column.name().key())))
			.forEach(ordered::add);
		return Table.builder(this.name)
			.columns(ordered)
			.primaryKey(this.primaryKey)
			.indexes(this.indexes)
			.foreignKeys(this.foreignKeys)
			.origin(this.origin)
			.build();
	}

	private static java.util.Set<String> keys(List<Identifier> columns) {
		return columns.stream().map(Identifier::key).collect(java.util.stream.Collectors.toSet());
	}

}
