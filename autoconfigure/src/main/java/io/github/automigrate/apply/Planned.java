package io.github.automigrate.apply;

import io.github.automigrate.plan.MigrationPlan;

/**
 * A plan and the comparison it came from.
 *
 * @param plan the plan
 * @param comparison the comparison
 */
record Planned(MigrationPlan plan, CatalogComparison comparison) {

	/** Whether the plan has nothing this database can execute. */
	boolean nothingToApply() {
		return this.plan.executable().isEmpty();
	}

}
