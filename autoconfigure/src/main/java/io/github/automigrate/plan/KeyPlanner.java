package io.github.automigrate.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.github.automigrate.dialect.Dialect;
import io.github.automigrate.diff.SchemaChange;
import io.github.automigrate.diff.SchemaDiff;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Index;
import io.github.automigrate.model.TableName;

/**
 * Plans the indexes, unique constraints and foreign keys of one diff. A unique constraint
 * that existing rows violate is not possible (checked with one query, on that table
 * only); a foreign key the database cannot add to an existing table is not possible
 * either. Both are reported with the reason and never forced.
 */
final class KeyPlanner {

	private final Dialect dialect;

	private final TableFacts facts;

	/** Tables created, and columns added, in this run: their values cannot clash yet. */
	private final Set<String> newColumns = new HashSet<>();

	private final Set<String> newTables = new HashSet<>();

	KeyPlanner(Dialect dialect, TableFacts facts, SchemaDiff diff) {
		this.dialect = dialect;
		this.facts = facts;
		for (SchemaChange change : diff.changes()) {
			if (change instanceof SchemaChange.CreateTable create) {
				this.newTables.add(create.table().name().key());
			}
			else if (change instanceof SchemaChange.AddColumn add) {
				this.newColumns.add(add.table().name().key() + "." + add.column().name().key());
			}
		}
	}

	PlannedStatement createIndex(SchemaChange.CreateIndex create) {
		Index index = create.index();
		TableName table = create.table().name();
		List<String> sql = this.dialect.createIndex(table, index);
		if (index.unique() && mayHoldDuplicates(table, index.columns())
				&& this.facts.hasDuplicates(table, index.columns())) {
			return new PlannedStatement(create, Safety.NOT_POSSIBLE, sql,
					"Existing rows of " + table + " share values in " + index.columns() + ", so the unique constraint "
							+ index.name() + " would fail. Remove the duplicates; the next start adds it.");
		}
		return new PlannedStatement(create, Safety.AS_IS, sql, null);
	}

	PlannedStatement addForeignKey(SchemaChange.AddForeignKey add) {
		Optional<String> unsupported = this.dialect.foreignKeyAdditionUnsupported();
		if (unsupported.isPresent()) {
			return new PlannedStatement(add, Safety.NOT_POSSIBLE, List.of(), unsupported.get() + ".");
		}
		return new PlannedStatement(add, Safety.AS_IS, this.dialect.addForeignKey(add.table().name(), add.foreignKey()),
				null);
	}

	private boolean mayHoldDuplicates(TableName table, List<Identifier> columns) {
		return !this.newTables.contains(table.key())
				&& columns.stream().noneMatch((column) -> this.newColumns.contains(table.key() + "." + column.key()));
	}

}
