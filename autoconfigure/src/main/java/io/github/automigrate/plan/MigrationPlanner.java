package io.github.automigrate.plan;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.github.automigrate.dialect.Dialect;
import io.github.automigrate.dialect.Dialect.ColumnAddition;
import io.github.automigrate.diff.SchemaChange;
import io.github.automigrate.diff.SchemaDiff;
import io.github.automigrate.model.Column;
import io.github.automigrate.model.Table;

/**
 * Turns a diff into ordered statements through the dialect, deciding each change's safety
 * class. A NOT NULL column added to a table with rows gets its Java default where it has
 * one (a primitive's 0 or false); otherwise it is added nullable, with a note saying what
 * to do. Each change is planned on its own, then changes of one table share a statement
 * where the database allows it ({@link OneStatementPerTable}).
 */
public final class MigrationPlanner {

	private final Dialect dialect;

	private final TableFacts facts;

	/**
	 * Creates a planner.
	 * @param dialect the database's dialect
	 * @param facts what the planner may ask of the data
	 */
	public MigrationPlanner(Dialect dialect, TableFacts facts) {
		this.dialect = dialect;
		this.facts = facts;
	}

	/**
	 * Plans a diff.
	 * @param diff the diff
	 * @return the plan
	 */
	public MigrationPlan plan(SchemaDiff diff) {
		List<PlannedStatement> statements = new ArrayList<>();
		KeyPlanner keys = new KeyPlanner(this.dialect, this.facts, diff);
		for (SchemaChange change : diff.changes()) {
			statements.add(plan(change, keys));
		}
		return new MigrationPlan(new OneStatementPerTable(this.dialect).join(statements), diff.drift());
	}

	private PlannedStatement plan(SchemaChange change, KeyPlanner keys) {
		if (change instanceof SchemaChange.CreateSequence create) {
			return new PlannedStatement(change, Safety.AS_IS, this.dialect.createSequence(create.sequence()), null);
		}
		if (change instanceof SchemaChange.CreateTable create) {
			return new PlannedStatement(change, Safety.AS_IS, this.dialect.createTable(create.table()), null);
		}
		if (change instanceof SchemaChange.CreateIndex create) {
			return keys.createIndex(create);
		}
		if (change instanceof SchemaChange.AddForeignKey add) {
			return keys.addForeignKey(add);
		}
		return planAddColumn((SchemaChange.AddColumn) change);
	}

	private PlannedStatement planAddColumn(SchemaChange.AddColumn add) {
		Table table = add.table();
		Column column = add.column();
		if (!column.possible()) {
			return new PlannedStatement(add, Safety.NOT_POSSIBLE, List.of(), column.notPossible());
		}
		if (column.nullable()) {
			return statement(add, Safety.AS_IS, new ColumnAddition(false, null), null);
		}
		boolean hasRows = this.facts.hasRows(table.name());
		if (!hasRows && !this.dialect.requiresDefaultForNotNullColumn()) {
			return statement(add, Safety.AS_IS, new ColumnAddition(true, null), null);
		}
		if (column.hasMappedDefault()) {
			// The mapping's own default fills the existing rows, as Hibernate's DDL
			// would.
			return statement(add, Safety.AS_IS, new ColumnAddition(true, null), null);
		}
		String reason = hasRows ? "existing rows have no value for it"
				: this.dialect.name() + " adds a NOT NULL column only with a default";
		if (column.fallbackDefault() != null && !column.unique()) {
			return statement(add, Safety.ADJUSTED, new ColumnAddition(true, column.fallbackDefault()),
					"NOT NULL column added with DEFAULT " + column.fallbackDefault() + " because " + reason + ".");
		}
		return statement(add, Safety.ADJUSTED, new ColumnAddition(false, null),
				"Mapped NOT NULL (" + column.origin() + ") but added nullable: " + reason
						+ ". Fill the column, then declare it NOT NULL yourself, "
						+ "or give the field a default with @Column(columnDefinition = \"... default ...\").");
	}

	private PlannedStatement statement(SchemaChange.AddColumn add, Safety safety, ColumnAddition addition,
			@Nullable String note) {
		return new PlannedStatement(add, safety, this.dialect.addColumn(add.table(), add.column(), addition), note);
	}

}
