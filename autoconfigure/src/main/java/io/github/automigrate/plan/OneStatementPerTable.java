package io.github.automigrate.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.github.automigrate.dialect.Dialect;
import io.github.automigrate.diff.SchemaChange;
import io.github.automigrate.model.ForeignKey;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Table;

/**
 * Makes the changes of one table with as few statements as the database takes: a new
 * table's foreign keys go into its {@code CREATE TABLE} when the table they refer to
 * exists by then (only the edges of a reference cycle stay {@code ALTER TABLE}s of their
 * own), and an existing table's added columns and keys share one {@code ALTER TABLE}
 * where the database takes several additions. Only changes AutoMigrate executes share a
 * statement; one it cannot make keeps its own line. A foreign key that refers to columns
 * or a unique key added in this plan keeps its own statement at the end, as before.
 */
final class OneStatementPerTable {

	private final Dialect dialect;

	/** Columns added to existing tables in this plan, as {@code table.column} keys. */
	private final Set<String> newColumns = new HashSet<>();

	/**
	 * The column lists of unique constraints added to existing tables in this plan, as
	 * {@code table(a,b)} keys.
	 */
	private final Set<String> newUniqueKeys = new HashSet<>();

	/** Every table this plan creates. */
	private final Set<String> createdTables = new HashSet<>();

	OneStatementPerTable(Dialect dialect) {
		this.dialect = dialect;
	}

	/**
	 * Joins the statements of a plan made one per change.
	 * @param statements one statement per change, in the diff's order
	 * @return the statements, fewer where changes share one, in the same order
	 */
	List<PlannedStatement> join(List<PlannedStatement> statements) {
		for (PlannedStatement statement : statements) {
			remember(statement.change());
		}
		List<PlannedStatement> withForeignKeys = intoCreateTables(statements);
		return intoOneAlterPerTable(withForeignKeys);
	}

	private void remember(SchemaChange change) {
		if (change instanceof SchemaChange.CreateTable create) {
			this.createdTables.add(create.table().name().key());
		}
		else if (change instanceof SchemaChange.AddColumn add) {
			this.newColumns.add(add.table().name().key() + "." + add.column().name().key());
		}
		else if (change instanceof SchemaChange.CreateIndex create && create.index().unique()) {
			this.newUniqueKeys.add(create.table().name().key() + keys(create.index().columns()));
		}
	}

	/**
	 * A new table's foreign keys to tables that exist when it is created go into its
	 * CREATE TABLE.
	 */
	private List<PlannedStatement> intoCreateTables(List<PlannedStatement> statements) {
		Map<String, List<PlannedStatement>> foreignKeysOfNewTables = new LinkedHashMap<>();
		for (PlannedStatement statement : statements) {
			if (statement.change() instanceof SchemaChange.AddForeignKey add && statement.executable()
					&& statement.changes().size() == 1 && this.createdTables.contains(add.table().name().key())) {
				foreignKeysOfNewTables.computeIfAbsent(add.table().name().key(), (key) -> new ArrayList<>())
					.add(statement);
			}
		}
		Set<String> createdSoFar = new HashSet<>();
		Set<PlannedStatement> folded = Collections.newSetFromMap(new IdentityHashMap<>());
		List<PlannedStatement> result = new ArrayList<>();
		for (PlannedStatement statement : statements) {
			if (folded.contains(statement)) {
				continue;
			}
			if (!(statement.change() instanceof SchemaChange.CreateTable create)) {
				result.add(statement);
				continue;
			}
			Table table = create.table();
			createdSoFar.add(table.name().key());
			List<PlannedChange> changes = new ArrayList<>(statement.changes());
			List<ForeignKey> inline = new ArrayList<>();
			for (PlannedStatement foreignKey : foreignKeysOfNewTables.getOrDefault(table.name().key(), List.of())) {
				ForeignKey key = ((SchemaChange.AddForeignKey) foreignKey.change()).foreignKey();
				if (refersToWhatExists(key, createdSoFar)) {
					changes.addAll(foreignKey.changes());
					inline.add(key);
					folded.add(foreignKey);
				}
			}
			result.add(inline.isEmpty() ? statement
					: new PlannedStatement(changes, this.dialect.createTable(table, inline)));
		}
		return result;
	}

	/**
	 * Whether the table and key a foreign key refers to exist before the statement that
	 * declares it: a table created earlier in the plan (or the table itself), or an
	 * existing table whose referenced columns and their key are not added in this plan.
	 */
	private boolean refersToWhatExists(ForeignKey foreignKey, Set<String> createdSoFar) {
		String referenced = foreignKey.referencedTable().key();
		if (this.createdTables.contains(referenced)) {
			return createdSoFar.contains(referenced);
		}
		boolean columnsExist = foreignKey.referencedColumns()
			.stream()
			.noneMatch((column) -> this.newColumns.contains(referenced + "." + column.key()));
		return columnsExist && !this.newUniqueKeys.contains(referenced + keys(foreignKey.referencedColumns()));
	}

	/**
	 * An existing table's executable additions share the statement of the first of them.
	 */
	private List<PlannedStatement> intoOneAlterPerTable(List<PlannedStatement> statements) {
		Map<String, List<PlannedStatement>> byTable = new LinkedHashMap<>();
		for (PlannedStatement statement : statements) {
			String table = additionTable(statement);
			if (table != null) {
				byTable.computeIfAbsent(table, (key) -> new ArrayList<>()).add(statement);
			}
		}
		Map<PlannedStatement, PlannedStatement> joined = new IdentityHashMap<>();
		Set<PlannedStatement> absorbed = Collections.newSetFromMap(new IdentityHashMap<>());
		for (List<PlannedStatement> additions : byTable.values()) {
			if (additions.size() < 2) {
				continue;
			}
			List<String> sql = new ArrayList<>();
			List<PlannedChange> changes = new ArrayList<>();
			additions.forEach((addition) -> {
				sql.addAll(addition.sql());
				changes.addAll(addition.changes());
			});
			List<String> combined = this.dialect.combineAdditions(additionTarget(additions.get(0).change()).name(),
					sql);
			if (combined.size() < sql.size()) {
				joined.put(additions.get(0), new PlannedStatement(changes, combined));
				absorbed.addAll(additions.subList(1, additions.size()));
			}
		}
		List<PlannedStatement> result = new ArrayList<>();
		for (PlannedStatement statement : statements) {
			if (!absorbed.contains(statement)) {
				result.add(joined.getOrDefault(statement, statement));
			}
		}
		return result;
	}

	/**
	 * The key of the existing table a statement adds to, when it may share an ALTER
	 * TABLE: an executable column, index or unique constraint, or a foreign key to what
	 * exists already; else {@code null}.
	 */
	private @Nullable String additionTable(PlannedStatement statement) {
		if (!statement.executable() || statement.changes().size() != 1) {
			return null;
		}
		Table table = additionTarget(statement.change());
		if (table == null || this.createdTables.contains(table.name().key())) {
			return null;
		}
		boolean foreignKeyToNew = statement.change() instanceof SchemaChange.AddForeignKey add
				&& !refersToWhatExists(add.foreignKey(), this.createdTables);
		return foreignKeyToNew ? null : table.name().key();
	}

	/**
	 * The table a column, index or foreign key is added to; {@code null} for other
	 * changes.
	 */
	private static @Nullable Table additionTarget(SchemaChange change) {
		if (change instanceof SchemaChange.AddColumn add) {
			return add.table();
		}
		if (change instanceof SchemaChange.CreateIndex create) {
			return create.table();
		}
		if (change instanceof SchemaChange.AddForeignKey add) {
			return add.table();
		}
		return null;
	}

	private static String keys(List<Identifier> columns) {
		return columns.stream().map(Identifier::key).toList().toString();
	}

}
