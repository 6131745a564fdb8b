package io.github.automigrate.plan;

import java.util.List;

import io.github.automigrate.diff.Drift;

/**
 * The ordered changes of one run, and the drift left alone. A value: dry-run, the report
 * and verification read it.
 *
 * @param statements the changes, in the order they are applied
 * @param drift the differences never applied
 */
public record MigrationPlan(List<PlannedStatement> statements, List<Drift> drift) {

	public MigrationPlan {
		statements = List.copyOf(statements);
		drift = List.copyOf(drift);
	}

	/** The changes AutoMigrate executes. */
	public List<PlannedStatement> executable() {
		return this.statements.stream().filter(PlannedStatement::executable).toList();
	}

}
