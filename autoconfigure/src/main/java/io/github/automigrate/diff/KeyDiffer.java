package io.github.automigrate.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.github.automigrate.model.ForeignKey;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Index;
import io.github.automigrate.model.Table;

/**
 * Compares the indexes, unique constraints and foreign keys of tables. An existing index
 * stands for an expected one when it has its name, or the same columns and at least its
 * uniqueness (one a DBA made under another name); a foreign key when it has its name, or
 * the same columns and referenced table. What the database has beyond the mapping is
 * drift, never dropped.
 */
final class KeyDiffer {

	private final KeySupport keys;

	private final List<SchemaChange> indexes = new ArrayList<>();

	private final List<SchemaChange> foreignKeys = new ArrayList<>();

	KeyDiffer(KeySupport keys) {
		this.keys = keys;
	}

	/**
	 * Compares the keys of a table that exists.
	 * @param expected the expected table
	 * @param actual the table read from the database
	 * @param drift where to report what is left alone
	 */
	void compare(Table expected, Table actual, List<Drift> drift) {
		if (this.keys.readsIndexes()) {
			compareIndexes(expected, actual, drift);
		}
		if (this.keys.readsForeignKeys()) {
			compareForeignKeys(expected, actual, drift);
		}
	}

	/**
	 * The changes found, after those of the new tables.
	 * @param created the tables created whole, in creation order
	 * @return the index changes, then the foreign key changes
	 */
	List<SchemaChange> changes(List<Table> created) {
		List<SchemaChange> changes = new ArrayList<>(this.indexes);
		if (!this.keys.foreignKeysInCreateTable()) {
			created.forEach((table) -> table.foreignKeys()
				.forEach((foreignKey) -> changes.add(new SchemaChange.AddForeignKey(table, foreignKey))));
		}
		changes.addAll(this.foreignKeys);
		return changes;
	}

	private void compareIndexes(Table expected, Table actual, List<Drift> drift) {
		List<Index> unmatched = new ArrayList<>(actual.indexes());
		for (Index index : expected.indexes()) {
			Optional<Index> byName = unmatched.stream()
				.filter((existing) -> index.name().matches(existing.name().text()))
				.findFirst();
			Optional<Index> match = byName.or(() -> unmatched.stream()
				.filter((existing) -> sameColumns(index.columns(), existing.columns())
						&& (existing.unique() || !index.unique()))
				.findFirst());
			match.ifPresentOrElse(unmatched::remove,
					() -> this.indexes.add(new SchemaChange.CreateIndex(expected, index)));
			byName
				.filter((existing) -> !sameColumns(index.columns(), existing.columns())
						|| existing.unique() != index.unique())
				.ifPresent((existing) -> drift.add(new Drift(Drift.Kind.INDEX_MISMATCH, object(actual, existing.name()),
						describe(index), describe(existing))));
		}
		unmatched.forEach((index) -> drift
			.add(new Drift(Drift.Kind.EXTRA_INDEX, object(actual, index.name()), "", describe(index))));
	}

	private void compareForeignKeys(Table expected, Table actual, List<Drift> drift) {
		List<ForeignKey> unmatched = new ArrayList<>(actual.foreignKeys());
		for (ForeignKey foreignKey : expected.foreignKeys()) {
			Optional<ForeignKey> match = unmatched.stream()
				.filter((existing) -> foreignKey.name().matches(existing.name().text()))
				.findFirst()
				.or(() -> unmatched.stream()
					.filter((existing) -> sameColumns(foreignKey.columns(), existing.columns())
							&& foreignKey.referencedTable().name().matches(existing.referencedTable().name().text()))
					.findFirst());
			match.ifPresentOrElse(unmatched::remove,
					() -> this.foreignKeys.add(new SchemaChange.AddForeignKey(expected, foreignKey)));
		}
		unmatched.forEach((foreignKey) -> drift
			.add(new Drift(Drift.Kind.EXTRA_FOREIGN_KEY, object(actual, foreignKey.name()), "", describe(foreignKey))));
	}

	private static boolean sameColumns(List<Identifier> expected, List<Identifier> actual) {
		if (expected.size() != actual.size()) {
			return false;
		}
		for (int i = 0; i < expected.size(); i++) {
			if (!expected.get(i).matches(actual.get(i).text())) {
				return false;
			}
		}
		return true;
	}

	private static String object(Table table, Identifier name) {
		return table.name() + "." + name;
	}

	private static String describe(Index index) {
		return (index.unique() ? "unique " : "index ") + columns(index.columns());
	}

	private static String describe(ForeignKey foreignKey) {
		return columns(foreignKey.columns()) + " references " + foreignKey.referencedTable()
				+ columns(foreignKey.referencedColumns());
	}

	private static String columns(List<Identifier> columns) {
		return columns.stream().map(Identifier::text).collect(Collectors.joining(", ", "(", ")"));
	}

}
