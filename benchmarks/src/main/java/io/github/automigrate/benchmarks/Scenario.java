package io.github.automigrate.benchmarks;

/**
 * The state the database is in when a contender starts.
 */
public enum Scenario {

	/** An empty database: every table is created. */
	COLD,
	/** The schema is complete: there is nothing to do. */
	STEADY,
	/** One table in ten lacks one column. */
	DRIFT;

	/** The name used in the table and in {@code bench.scenarios}. */
	public String label() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
