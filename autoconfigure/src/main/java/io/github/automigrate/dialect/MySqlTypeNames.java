package io.github.automigrate.dialect;

import java.sql.Types;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.automigrate.model.ColumnType;
import io.github.automigrate.model.TypeKind;

/**
 * MySQL's and MariaDB's type names, as Hibernate's {@code MySQLDialect} and
 * {@code MariaDBDialect} write them: the longest {@code varchar} depends on the
 * database's character set, and a UUID is a {@code uuid} only where the server has that
 * type (else {@code binary(16)}, which reads back as a UUID).
 */
final class MySqlTypeNames extends StandardTypeNames {

	/** The longest varbinary, and the longest text and blob: a row's 65,535 bytes. */
	private static final int MAX_VARBINARY_LENGTH = 65_535;

	/** The bytes of a UUID. */
	private static final int UUID_BYTES = 16;

	private static final int TINY_LOB_LENGTH = 255;

	private static final int MEDIUM_LOB_LENGTH = 16_777_215;

	private final boolean mariaDb;

	private final boolean uuidType;

	private final int maxVarcharLength;

	/**
	 * Creates the type names of one server.
	 * @param mariaDb whether the server is MariaDB, whose {@code json} is a
	 * {@code longtext}
	 * @param uuidType whether the server has a {@code uuid} column type
	 * @param characterSet the database's default character set, or {@code null} for
	 * {@code utf8mb4}
	 */
	MySqlTypeNames(boolean mariaDb, boolean uuidType, @Nullable String characterSet) {
		this.mariaDb = mariaDb;
		this.uuidType = uuidType;
		this.maxVarcharLength = maxVarcharLength(characterSet);
	}

	/**
	 * The longest varchar Hibernate's MySQL dialect declares for a character set: a row
	 * holds 65,535 bytes, so 16,383 characters of four bytes ({@code utf8mb4},
	 * Hibernate's assumption when it cannot tell), 21,844 of three, 32,767 of two, 65,535
	 * of one.
	 */
	static int maxVarcharLength(@Nullable String characterSet) {
		String name = (characterSet != null) ? characterSet.toLowerCase(Locale.ROOT).split("_", 2)[0] : "utf8mb4";
		return switch (name) {
			case "utf8", "utf8mb3", "eucjpms", "ujis" -> 21_844;
			case "ucs2", "cp932", "big5", "euckr", "gb2312", "gbk", "sjis" -> 32_767;
			case "utf16", "utf16le", "utf32", "utf8mb4", "gb18030" -> 16_383;
			default -> 65_535;
		};
	}

	@Override
	public ColumnType stored(ColumnType mapped) {
		// MariaDB's json is an alias: the column is a longtext with a validity check, and
		// reads back as one.
		if (mapped.definition() == null && mapped.kind() == TypeKind.JSON && this.mariaDb) {
			return ColumnType.of(TypeKind.CLOB);
		}
		// Without a uuid type, binary(16) is how a UUID is stored, and it reads back as
		// one.
		if (mapped.definition() == null && mapped.kind() == TypeKind.BINARY && !this.uuidType
				&& Integer.valueOf(UUID_BYTES).equals(mapped.length())) {
			return ColumnType.of(TypeKind.UUID);
		}
		return mapped;
	}

	@Override
	public ColumnType read(ColumnMetadata metadata) {
		String type = metadata.typeName().toLowerCase(Locale.ROOT);
		// tinytext to longtext and tinyblob to longblob report LONGVARCHAR or VARCHAR of
		// their maximum size.
		if (type.endsWith("text")) {
			return ColumnType.of(TypeKind.CLOB);
		}
		if (type.endsWith("blob")) {
			return ColumnType.of(TypeKind.BLOB);
		}
		if (!this.uuidType && metadata.jdbcType() == Types.BINARY && metadata.size() == UUID_BYTES) {
			return ColumnType.of(TypeKind.UUID);
		}
		return super.read(metadata);
	}

	@Override
	protected Map<TypeKind, String> ownTypeNames() {
		// Hibernate writes a char field as varchar(1) (char(n) would pad and trim
		// trailing spaces); MySQL's timestamp type ends in 2038 and converts to the
		// session zone, datetime does neither; time keeps no offset.
		return Map.ofEntries(Map.entry(TypeKind.BOOLEAN, "bit"), Map.entry(TypeKind.REAL, "float(23)"),
				Map.entry(TypeKind.DOUBLE, "float(53)"), Map.entry(TypeKind.DECIMAL, "decimal"),
				Map.entry(TypeKind.CHAR, "varchar"), Map.entry(TypeKind.CLOB, "longtext"),
				Map.entry(TypeKind.BLOB, "longblob"), Map.entry(TypeKind.TIME_TZ, "time"),
				Map.entry(TypeKind.TIMESTAMP, "datetime(6)"), Map.entry(TypeKind.TIMESTAMP_TZ, "datetime(6)"),
				Map.entry(TypeKind.UUID, this.uuidType ? "uuid" : "binary(16)"));
	}

	@Override
	protected boolean hasEnumTypes() {
		return true;
	}

	@Override
	protected int maxVarcharLength() {
		return this.maxVarcharLength;
	}

	@Override
	protected int maxVarbinaryLength() {
		return MAX_VARBINARY_LENGTH;
	}

	@Override
	protected String longVarcharTypeName(int length) {
		return largeObjectTypeName(TypeKind.CLOB, length);
	}

	@Override
	protected String longVarbinaryTypeName(int length) {
		return largeObjectTypeName(TypeKind.BLOB, length);
	}

	/**
	 * As Hibernate's MySQL dialect: the smallest of the tiny, plain, medium and long
	 * types that holds the length.
	 */
	@Override
	protected String largeObjectTypeName(TypeKind kind, int length) {
		String size = (length <= TINY_LOB_LENGTH) ? "tiny"
				: (length <= MAX_VARBINARY_LENGTH) ? "" : (length <= MEDIUM_LOB_LENGTH) ? "medium" : "long";
		return size + ((kind == TypeKind.CLOB) ? "text" : "blob");
	}

}
