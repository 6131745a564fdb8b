package io.github.automigrate.plan;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import io.github.automigrate.diff.SchemaChange;

/**
 * One step of the plan: the changes it makes, and the SQL that makes them. Mostly one
 * change; several where one statement makes them all (a new table with its foreign keys,
 * a table's added columns and keys in one {@code ALTER TABLE}). Only changes AutoMigrate
 * executes share a statement.
 *
 * @param changes the changes, the first one the step's own (a {@code create table}, a
 * table's first addition)
 * @param sql the statements that make the changes, in order (not executed when the change
 * is not possible)
 */
public record PlannedStatement(List<PlannedChange> changes, List<String> sql) {

	public PlannedStatement {
		changes = List.copyOf(changes);
		sql = List.copyOf(sql);
		if (changes.isEmpty()) {
			throw new IllegalArgumentException("A planned statement makes at least one change");
		}
	}

	/**
	 * A step that makes one change.
	 * @param change the change
	 * @param safety its safety class
	 * @param sql the statements that make it
	 * @param note why it was adjusted or is not possible, or {@code null}
	 */
	public PlannedStatement(SchemaChange change, Safety safety, List<String> sql, @Nullable String note) {
		this(List.of(new PlannedChange(change, safety, note)), sql);
	}

	/** The step's own change: the first one. */
	public SchemaChange change() {
		return this.changes.get(0).change();
	}

	/** The strictest safety class of its changes. */
	public Safety safety() {
		return this.changes.stream().map(PlannedChange::safety).max(Comparator.naturalOrder()).orElseThrow();
	}

	/** What the step does, its changes' descriptions joined. */
	public String description() {
		return this.changes.stream().map((planned) -> planned.change().description()).collect(Collectors.joining(", "));
	}

	/** Whether AutoMigrate executes this step. */
	public boolean executable() {
		// A loop, not a stream: asked of every statement several times a run.
		for (PlannedChange change : this.changes) {
			if (!change.executable()) {
				return false;
			}
		}
		return true;
	}

}
