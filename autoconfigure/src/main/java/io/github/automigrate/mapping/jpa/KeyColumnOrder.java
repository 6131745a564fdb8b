package io.github.automigrate.mapping.jpa;

import java.util.Comparator;

import io.github.automigrate.model.Column;
import io.github.automigrate.model.ColumnType;

/**
 * The order Hibernate 7 gives the columns of a primary key (its standard column ordering
 * strategy): by physical size in bytes, counted as at least 4; the small before those
 * over 2048 bytes; then by name. A composite identifier's key, and so every foreign key
 * to it, lists its columns in this order, whatever order the identifier declares them in.
 */
final class KeyColumnOrder {

	private static final int LARGE = 2048;

	/** JPA's default length, which Hibernate reads as the database's longest. */
	private static final int DEFAULT_LENGTH = 255;

	/**
	 * The longest text or bytes a database takes; the same for every database, as only
	 * the order matters.
	 */
	private static final int LONGEST = 1_000_000_000;

	/** Decimal digits per byte, as Hibernate counts them. */
	private static final double DIGITS_PER_BYTE = Math.log(10) / Math.log(2) * 8;

	private static final int DEFAULT_PRECISION = 38;

	/** The comparator. */
	static final Comparator<Column> HIBERNATE = Comparator.comparingInt((Column column) -> Math.max(size(column), 4))
		.thenComparing((column) -> size(column) > LARGE)
		.thenComparing((column) -> column.name().text());

	private KeyColumnOrder() {
	}

	private static int size(Column column) {
		ColumnType type = column.type();
		return switch (type.kind()) {
			case BOOLEAN, TINYINT -> 1;
			case SMALLINT -> 2;
			case INTEGER, REAL, DATE, TIME, TIME_TZ -> 4;
			case BIGINT, DOUBLE, TIMESTAMP, TIMESTAMP_TZ -> 8;
			case DECIMAL ->
				(int) Math.ceil(((type.precision() != null) ? type.precision() : DEFAULT_PRECISION) / DIGITS_PER_BYTE);
			case CHAR, VARCHAR, ENUM_CHAR, VARBINARY, BINARY ->
				(type.length() == null || type.length() == DEFAULT_LENGTH) ? LONGEST : type.length();
			case UUID -> 16;
			case INET -> 19;
			default -> Integer.MAX_VALUE;
		};
	}

}
