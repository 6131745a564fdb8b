package io.github.automigrate.plan;

import org.jspecify.annotations.Nullable;

import io.github.automigrate.diff.SchemaChange;

/**
 * One change of the plan and how safe it is: the report keeps one line per change,
 * whichever statement makes it.
 *
 * @param change the change
 * @param safety its safety class
 * @param note why the change was adjusted or is not possible, or {@code null}
 */
public record PlannedChange(SchemaChange change, Safety safety, @Nullable String note) {

	/** Whether AutoMigrate executes this change. */
	public boolean executable() {
		return this.safety == Safety.AS_IS || this.safety == Safety.ADJUSTED;
	}

}
