package io.github.automigrate.published;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How one schema differs from Hibernate's {@code create}, shape by shape: the differences
 * with a named reason (accepted) and the others.
 *
 * @param unexplained the differences no reason accepts, as
 * {@code key: <tool> x, create y}
 * @param accepted the accepted differences, as {@code key: <tool> x, create y} to the
 * reason
 */
record Differences(List<String> unexplained, Map<String, String> accepted) {

	/** Why a difference is accepted, or {@code null} when it is not. */
	@FunctionalInterface
	interface Reason {

		String of(String key, String ours, String theirs);

	}

	/**
	 * Compares a schema with Hibernate's create.
	 * @param tool what built the schema, for the messages
	 * @param ours the schema
	 * @param theirs Hibernate's create
	 * @param reason why a difference is accepted
	 * @return the differences
	 */
	static Differences between(String tool, SchemaShape ours, SchemaShape theirs, Reason reason) {
		TreeSet<String> keys = new TreeSet<>(ours.shapes().keySet());
		keys.addAll(theirs.shapes().keySet());
		List<String> unexplained = new java.util.ArrayList<>();
		Map<String, String> accepted = new TreeMap<>();
		for (String key : keys) {
			String mine = ours.shapes().get(key);
			String hibernate = theirs.shapes().get(key);
			if (Objects.equals(mine, hibernate)) {
				continue;
			}
			String difference = key + ": " + tool + " " + mine + ", create " + hibernate;
			String why = reason.of(key, mine, hibernate);
			if (why != null) {
				accepted.put(difference, why);
			}
			else {
				unexplained.add(difference);
			}
		}
		return new Differences(List.copyOf(unexplained), accepted);
	}

}
