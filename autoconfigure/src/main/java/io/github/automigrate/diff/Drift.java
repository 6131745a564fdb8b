package io.github.automigrate.diff;

/**
 * A difference AutoMigrate reports and leaves alone, because resolving it could lose or
 * rewrite data.
 *
 * @param kind what kind of difference it is
 * @param object the table or column concerned, such as {@code order.total}
 * @param expected what the entities map, or an empty string for an object they do not map
 * @param actual what the database has
 */
public record Drift(Kind kind, String object, String expected, String actual) {

	/** Kinds of drift. */
	public enum Kind {

		/** A table the entities do not map. */
		EXTRA_TABLE,
		/** A column the entities do not map. */
		EXTRA_COLUMN,
		/** A column whose type belongs to another family than the mapped one. */
		TYPE_MISMATCH,
		/** A column shorter, or with less precision, than mapped. */
		NARROWER_THAN_MAPPED,
		/** A column nullable where the mapping says NOT NULL, or the other way round. */
		NULLABILITY_MISMATCH,
		/** An index or unique constraint the entities do not map. */
		EXTRA_INDEX,
		/** A foreign key the entities do not map. */
		EXTRA_FOREIGN_KEY,
		/**
		 * An index or unique constraint with the mapped name but other columns or another
		 * uniqueness.
		 */
		INDEX_MISMATCH

	}

}
