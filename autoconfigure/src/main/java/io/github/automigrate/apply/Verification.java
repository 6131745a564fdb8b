package io.github.automigrate.apply;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.automigrate.diff.SchemaDiff;
import io.github.automigrate.plan.MigrationPlan;
import io.github.automigrate.plan.Safety;

/**
 * Checks that re-reading the schema after applying leaves nothing to do but what this
 * database cannot do.
 */
final class Verification {

	private Verification() {
	}

	/**
	 * What the database still lacks after a plan was applied.
	 * @param applied the plan applied
	 * @param after the comparison after applying it
	 * @return why verification failed, or empty when it passed
	 */
	static Optional<String> failure(MigrationPlan applied, SchemaDiff after) {
		Set<String> impossible = applied.statements()
			.stream()
			.flatMap((statement) -> statement.changes().stream())
			.filter((planned) -> planned.safety() == Safety.NOT_POSSIBLE)
			.map((planned) -> planned.change().description())
			.collect(Collectors.toSet());
		List<String> remaining = after.changes()
			.stream()
			.map((change) -> change.description())
			.filter((description) -> !impossible.contains(description))
			.toList();
		return remaining.isEmpty() ? Optional.empty() : Optional
			.of("Verification failed: after applying, the database still lacks " + String.join(", ", remaining));
	}

}
