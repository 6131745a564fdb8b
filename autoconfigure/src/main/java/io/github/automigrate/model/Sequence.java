package io.github.automigrate.model;

/**
 * A sequence Hibernate draws identifiers from. On a database without sequences it is a one-row table of the same
 * name with a {@code next_val} column, as Hibernate's fallback expects.
 *
 * @param name the sequence name
 * @param start the first value
 * @param increment the increment (Hibernate's allocation size)
 */
public record Sequence(TableName name, long start, int increment) {
}
