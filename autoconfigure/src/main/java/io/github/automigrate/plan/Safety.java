package io.github.automigrate.plan;

/**
 * How safe a change is, and so what AutoMigrate does with it. Declared from the least
 * strict to the most: a statement that makes several changes takes the strictest of
 * theirs.
 */
public enum Safety {

	/** Applied as planned: it cannot touch existing data. */
	AS_IS,
	/**
	 * Applied with an adjustment so that existing rows stay valid (a default, or NULL
	 * allowed), with a warning.
	 */
	ADJUSTED,
	/**
	 * Needed, but this database cannot make it after the fact; reported, never forced.
	 */
	NOT_POSSIBLE,
	/**
	 * Never applied: it would drop, rename, narrow or rewrite data (drift). Reported
	 * only.
	 */
	NEVER_APPLIED

}
