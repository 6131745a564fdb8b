package io.github.automigrate.plan;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.github.automigrate.diff.SchemaChange;

/**
 * One change of the plan: the change it comes from, its safety class, the SQL that makes it, and why it was
 * adjusted or cannot be made.
 *
 * @param change the change
 * @param safety its safety class
 * @param sql the statements that make the change, in order (not executed when the change is not possible)
 * @param note why the change was adjusted or is not possible, or {@code null}
 */
public record PlannedStatement(SchemaChange change, Safety safety, List<String> sql, @Nullable String note) {

	public PlannedStatement {
		sql = List.copyOf(sql);
	}

	/** Whether AutoMigrate executes this change. */
	public boolean executable() {
		return this.safety == Safety.AS_IS || this.safety == Safety.ADJUSTED;
	}

}
