package io.github.automigrate.model;

/**
 * The kinds of column type AutoMigrate maps and recognises, database-neutral. Each
 * dialect names them.
 */
public enum TypeKind {

	BOOLEAN(Family.BOOLEAN), TINYINT(Family.INTEGER), SMALLINT(Family.INTEGER), INTEGER(Family.INTEGER),
	BIGINT(Family.INTEGER), REAL(Family.FLOAT), DOUBLE(Family.FLOAT), DECIMAL(Family.DECIMAL), CHAR(Family.TEXT),
	VARCHAR(Family.TEXT),
	/**
	 * An enum's name in a column of length 1: Hibernate declares {@code char} where the
	 * database has no enum type of its own, and that enum type where it has one
	 * (AutoMigrate declares {@code varchar} there, which Hibernate validates).
	 */
	ENUM_CHAR(Family.TEXT), CLOB(Family.TEXT), VARBINARY(Family.BINARY),
	/**
	 * Bytes of a fixed length ({@code @JdbcTypeCode(SqlTypes.BINARY)}): {@code binary(n)}
	 * where the database has it.
	 */
	BINARY(Family.BINARY), BLOB(Family.BINARY), DATE(Family.DATE), TIME(Family.TIME),
	/**
	 * A time of day with its offset ({@code OffsetTime}), which only some databases keep.
	 */
	TIME_TZ(Family.TIME), TIMESTAMP(Family.TIMESTAMP), TIMESTAMP_TZ(Family.TIMESTAMP), UUID(Family.UUID),
	/**
	 * An IP address ({@code InetAddress}): a type of its own where the database has one,
	 * else bytes.
	 */
	INET(Family.BINARY),
	/** JSON, as Hibernate maps {@code @JdbcTypeCode(SqlTypes.JSON)}. */
	JSON(Family.JSON),
	/** A type AutoMigrate does not know, read from the database. */
	OTHER(Family.OTHER);

	private final Family family;

	TypeKind(Family family) {
		this.family = family;
	}

	/**
	 * The family this kind belongs to: values of one family convert into each other
	 * without loss of meaning.
	 */
	public Family family() {
		return this.family;
	}

	/**
	 * Broad groups of types, used to tell a type change from a different spelling of the
	 * same type.
	 */
	public enum Family {

		BOOLEAN, INTEGER, FLOAT, DECIMAL, TEXT, BINARY, DATE, TIME, TIMESTAMP, UUID, JSON, OTHER

	}

}
