package io.github.automigrate.diff;

/**
 * What the database tells of keys and where it wants them, so that the differ compares
 * only what was read.
 *
 * @param readsIndexes whether the actual schema lists the tables' indexes and unique
 * constraints
 * @param readsForeignKeys whether the actual schema lists the tables' foreign keys
 * @param foreignKeysInCreateTable whether a new table's foreign keys are declared in its
 * CREATE TABLE (else they are added after every new table exists, which also resolves
 * cycles)
 */
public record KeySupport(boolean readsIndexes, boolean readsForeignKeys, boolean foreignKeysInCreateTable) {

	/** A database that reads every key and adds foreign keys after the tables. */
	public static final KeySupport FULL = new KeySupport(true, true, false);

}
