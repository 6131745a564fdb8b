package io.github.automigrate.model;

import org.jspecify.annotations.Nullable;

/**
 * A sequence Hibernate draws identifiers from. On a database without sequences it is a
 * one-row table of the same name with a {@code next_val} column, as Hibernate's fallback
 * expects.
 *
 * @param name the sequence name
 * @param start the first value
 * @param increment the increment (Hibernate's allocation size)
 * @param nativeFor the table whose identity column this sequence replaces where the
 * database's native generation is a sequence (Hibernate's {@code native} generator), or
 * {@code null} for a sequence every database gets
 */
public record Sequence(TableName name, long start, int increment,
		@Nullable TableName nativeFor) implements java.io.Serializable {

	/** A sequence every database gets. */
	public Sequence(TableName name, long start, int increment) {
		this(name, start, increment, null);
	}

	/**
	 * The sequence of Hibernate's {@code native} generator: created where the database
	 * generates identifiers natively from sequences, where the table's identity column
	 * then takes explicit values; elsewhere the identity column serves and there is no
	 * sequence.
	 * @param name the sequence name
	 * @param start the first value
	 * @param increment the increment
	 * @param table the table whose identity column it serves
	 * @return the sequence
	 */
	public static Sequence nativeFor(TableName name, long start, int increment, TableName table) {
		return new Sequence(name, start, increment, table);
	}

}
