package io.github.automigrate.dialect;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.github.automigrate.model.Column;
import io.github.automigrate.model.ColumnType;
import io.github.automigrate.model.Sequence;
import io.github.automigrate.model.SqlText;
import io.github.automigrate.model.TypeKind;

/**
 * MySQL 8 and MariaDB 10.6+, with the type names Hibernate's {@code MySQLDialect} and {@code MariaDBDialect} write.
 * The two differ in two capabilities, chosen from the server's product and version: MariaDB 10.3+ has sequences
 * (MySQL gets Hibernate's one-row table instead), and MariaDB 10.7+ has a {@code uuid} type (MySQL stores a UUID in
 * {@code binary(16)}). A "database" here is a JDBC catalog; names keep the case they are written in.
 */
public class MySqlDialect extends AbstractDialect {

	/**
	 * Words the MariaDB driver's keyword list runs together for want of a comma ({@code ENCLOSEDESCAPED},
	 * {@code FROMFULLTEXT}, ...), and so never reports on their own; the SQL:2003 list has the rest.
	 */
	private static final Set<String> KEYWORDS = Set.of("enclosed", "escaped", "fulltext", "offset", "row_number",
			"rows", "window", "recursive");

	/** The longest varbinary, and the longest text and blob: a row's 65,535 bytes. */
	private static final int MAX_VARBINARY_LENGTH = 65_535;

	/** The bytes of a UUID. */
	private static final int UUID_BYTES = 16;

	private static final int TINY_LOB_LENGTH = 255;

	private static final int MEDIUM_LOB_LENGTH = 16_777_215;

	private final String name;

	private final boolean sequences;

	private final boolean uuidType;

	private final int maxVarcharLength;

	/**
	 * Creates the dialect of one server.
	 * @param name the database's name, for the report
	 * @param databaseKeywords {@code DatabaseMetaData.getSQLKeywords()}
	 * @param sequences whether the server has {@code create sequence}
	 * @param uuidType whether the server has a {@code uuid} column type
	 * @param characterSet the database's default character set ({@code @@character_set_database}), or {@code null}
	 * when unknown (taken as {@code utf8mb4})
	 */
	protected MySqlDialect(String name, String databaseKeywords, boolean sequences, boolean uuidType,
			@Nullable String characterSet) {
		super(new Identifiers("`", "`", Identifiers.IdentifierCase.AS_WRITTEN,
				Identifiers.sql2003And(databaseKeywords, KEYWORDS)));
		this.name = name;
		this.sequences = sequences;
		this.uuidType = uuidType;
		this.maxVarcharLength = maxVarcharLength(characterSet);
	}

	/**
	 * The dialect of a MySQL server: no sequences, no uuid type.
	 * @param databaseKeywords {@code DatabaseMetaData.getSQLKeywords()}
	 * @return the dialect
	 */
	public static MySqlDialect mySql(String databaseKeywords) {
		return mySql(databaseKeywords, null);
	}

	/**
	 * The dialect of a MySQL server whose database has a given character set.
	 * @param databaseKeywords {@code DatabaseMetaData.getSQLKeywords()}
	 * @param characterSet the database's default character set, or {@code null} for {@code utf8mb4}
	 * @return the dialect
	 */
	public static MySqlDialect mySql(String databaseKeywords, @Nullable String characterSet) {
		return new MySqlDialect("MySQL", databaseKeywords, false, false, characterSet);
	}

	/**
	 * The dialect of a MariaDB server of a given version.
	 * @param databaseKeywords {@code DatabaseMetaData.getSQLKeywords()}
	 * @param major the major version
	 * @param minor the minor version
	 * @return the dialect
	 */
	public static MySqlDialect mariaDb(String databaseKeywords, int major, int minor) {
		return mariaDb(databaseKeywords, major, minor, null);
	}

	/**
	 * The dialect of a MariaDB server of a given version, whose database has a given character set.
	 * @param databaseKeywords {@code DatabaseMetaData.getSQLKeywords()}
	 * @param major the major version
	 * @param minor the minor version
	 * @param characterSet the database's default character set, or {@code null} for {@code utf8mb4}
	 * @return the dialect
	 */
	public static MySqlDialect mariaDb(String databaseKeywords, int major, int minor, @Nullable String characterSet) {
		return new MySqlDialect("MariaDB", databaseKeywords, atLeast(major, minor, 10, 3), atLeast(major, minor, 10, 7),
				characterSet);
	}

	/**
	 * The dialect of the server a connection's metadata describes.
	 * @param metadata the metadata
	 * @return the dialect
	 * @throws SQLException if the metadata cannot be read
	 */
	public static MySqlDialect of(DatabaseMetaData metadata) throws SQLException {
		String product = metadata.getDatabaseProductName() + " " + metadata.getDatabaseProductVersion();
		String characterSet = characterSet(metadata);
		if (product.toLowerCase(Locale.ROOT).contains("mariadb")) {
			return mariaDb(metadata.getSQLKeywords(), metadata.getDatabaseMajorVersion(),
					metadata.getDatabaseMinorVersion(), characterSet);
		}
		return mySql(metadata.getSQLKeywords(), characterSet);
	}

	/** The database's default character set, as Hibernate's MySQL dialect reads it; {@code null} if it cannot. */
	private static @Nullable String characterSet(DatabaseMetaData metadata) throws SQLException {
		java.sql.Connection connection = metadata.getConnection();
		if (connection == null) {
			return null;
		}
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select @@character_set_database")) {
			return rows.next() ? rows.getString(1) : null;
		}
		catch (SQLException ex) {
			// Hibernate assumes utf8mb4 when it cannot tell; so does this dialect.
			return null;
		}
	}

	/**
	 * The longest varchar Hibernate's MySQL dialect declares for a character set: a row holds 65,535 bytes, so 16,383
	 * characters of four bytes ({@code utf8mb4}, Hibernate's assumption when it cannot tell), 21,844 of three, 32,767 of
	 * two, 65,535 of one.
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

	private static boolean atLeast(int major, int minor, int wantMajor, int wantMinor) {
		return major > wantMajor || (major == wantMajor && minor >= wantMinor);
	}

	@Override
	public SchemaLock schemaLock() {
		return Locks.mysql();
	}

	/**
	 * Strings in single or double quotes (double quotes name an identifier only in ANSI_QUOTES mode), a backslash
	 * escaping inside them unless NO_BACKSLASH_ESCAPES; identifiers in backticks.
	 */
	@Override
	public SqlText.Syntax sqlSyntax() {
		return new SqlText.Syntax("'\"", "`", true, false, false);
	}

	@Override
	public boolean indexNamesPerSchema() {
		return false;
	}

	@Override
	public boolean foreignKeyNamesPerSchema() {
		return true;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public boolean schemasAreCatalogs() {
		return true;
	}

	@Override
	protected Map<TypeKind, String> ownTypeNames() {
		// Hibernate writes a char field as varchar(1) (char(n) would pad and trim trailing spaces); MySQL's timestamp
		// type ends in 2038 and converts to the session zone, datetime does neither; time keeps no offset.
		return Map.ofEntries(Map.entry(TypeKind.BOOLEAN, "bit"), Map.entry(TypeKind.REAL, "float(23)"),
				Map.entry(TypeKind.DOUBLE, "float(53)"), Map.entry(TypeKind.DECIMAL, "decimal"),
				Map.entry(TypeKind.CHAR, "varchar"), Map.entry(TypeKind.CLOB, "longtext"), Map.entry(TypeKind.BLOB, "longblob"),
				Map.entry(TypeKind.TIME_TZ, "time"), Map.entry(TypeKind.TIMESTAMP, "datetime(6)"),
				Map.entry(TypeKind.TIMESTAMP_TZ, "datetime(6)"), Map.entry(TypeKind.UUID, this.uuidType ? "uuid" : "binary(16)"));
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

	/** As Hibernate's MySQL dialect: the smallest of the tiny, plain, medium and long types that holds the length. */
	@Override
	protected String largeObjectTypeName(TypeKind kind, int length) {
		String size = (length <= TINY_LOB_LENGTH) ? "tiny" : (length <= MAX_VARBINARY_LENGTH) ? ""
				: (length <= MEDIUM_LOB_LENGTH) ? "medium" : "long";
		return size + ((kind == TypeKind.CLOB) ? "text" : "blob");
	}

	@Override
	protected String identityColumnType(Column column) {
		// The column must be (part of) a key; the primary key clause createTable writes makes it one.
		return typeName(column.type()) + " auto_increment";
	}

	/** MySQL declares plain indexes in CREATE TABLE too, so that a new table is one statement. */
	@Override
	protected boolean indexesInCreateTable() {
		return true;
	}

	@Override
	protected String tableOptions() {
		// Hibernate asks for InnoDB, whatever the server's default engine, for transactions and foreign keys.
		return " engine=InnoDB";
	}

	@Override
	public List<String> createSequence(Sequence sequence) {
		if (this.sequences) {
			// Hibernate's MariaDB dialect writes nocache: a cached sequence would skip values after a restart.
			return List.of("create sequence " + quote(sequence.name()) + " start with " + sequence.start()
					+ " increment by " + sequence.increment() + " nocache");
		}
		return List.of("create table " + quote(sequence.name()) + " (next_val bigint)" + tableOptions(),
				"insert into " + quote(sequence.name()) + " values (" + sequence.start() + ")");
	}

	@Override
	public Optional<String> indexesQuery() {
		// InnoDB indexes every foreign key under the constraint's name: that index is the key's, not one to compare.
		return Optional.of("select s.TABLE_NAME, s.INDEX_NAME, s.COLUMN_NAME, s.NON_UNIQUE = 0, s.SEQ_IN_INDEX"
				+ " from information_schema.STATISTICS s where s.TABLE_SCHEMA = coalesce(?, database())"
				+ " and s.INDEX_NAME <> 'PRIMARY' and not exists (select 1 from information_schema.TABLE_CONSTRAINTS c"
				+ " where c.TABLE_SCHEMA = s.TABLE_SCHEMA and c.TABLE_NAME = s.TABLE_NAME"
				+ " and c.CONSTRAINT_NAME = s.INDEX_NAME and c.CONSTRAINT_TYPE = 'FOREIGN KEY')"
				+ " order by s.TABLE_NAME, s.INDEX_NAME, s.SEQ_IN_INDEX");
	}

	@Override
	public Optional<String> foreignKeysQuery() {
		return Optional.of("select k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, case when k.REFERENCED_TABLE_SCHEMA"
				+ " <> k.TABLE_SCHEMA then k.REFERENCED_TABLE_SCHEMA end, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME"
				+ " from information_schema.KEY_COLUMN_USAGE k where k.TABLE_SCHEMA = coalesce(?, database())"
				+ " and k.REFERENCED_TABLE_NAME is not null order by k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION");
	}

	@Override
	public Optional<String> catalogFingerprintQuery() {
		// One digest per catalog view, computed by the server: a count and a sum of 60-bit row hashes (exact decimal
		// arithmetic, and free of group_concat's length limit).
		return Optional.of("select concat_ws('/',"
				+ rowDigest("TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE", "COLUMNS", "")
				+ ", " + rowDigest("TABLE_NAME, INDEX_NAME, COLUMN_NAME, NON_UNIQUE, SEQ_IN_INDEX", "STATISTICS", "")
				+ ", " + rowDigest("TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, ORDINAL_POSITION, REFERENCED_TABLE_SCHEMA,"
						+ " REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME", "KEY_COLUMN_USAGE",
						" and REFERENCED_TABLE_NAME is not null")
				+ ", " + rowDigest("TABLE_NAME, TABLE_TYPE", "TABLES", "") + ")");
	}

	private static String rowDigest(String columns, String view, String condition) {
		return "(select concat(count(*), ':', coalesce(sum(cast(conv(substr(md5(concat_ws(',', " + columns
				+ ")), 1, 15), 16, 10) as unsigned)), 0)) from information_schema." + view
				+ " where TABLE_SCHEMA = coalesce(?, database())" + condition + ")";
	}

	@Override
	public Optional<String> sequencesQuery() {
		if (!this.sequences) {
			return Optional.empty();
		}
		return Optional.of("select TABLE_SCHEMA, TABLE_NAME from information_schema.TABLES"
				+ " where TABLE_TYPE = 'SEQUENCE' and TABLE_SCHEMA = coalesce(?, database())");
	}

	@Override
	public ColumnType storedType(ColumnType mapped) {
		// MariaDB's json is an alias: the column is a longtext with a validity check, and reads back as one.
		if (mapped.definition() == null && mapped.kind() == TypeKind.JSON && this.name.equals("MariaDB")) {
			return ColumnType.of(TypeKind.CLOB);
		}
		// Without a uuid type, binary(16) is how a UUID is stored, and it reads back as one.
		if (mapped.definition() == null && mapped.kind() == TypeKind.BINARY && !this.uuidType
				&& Integer.valueOf(UUID_BYTES).equals(mapped.length())) {
			return ColumnType.of(TypeKind.UUID);
		}
		return mapped;
	}

	@Override
	public ColumnType actualType(ColumnMetadata metadata) {
		String type = metadata.typeName().toLowerCase(Locale.ROOT);
		// tinytext to longtext and tinyblob to longblob report LONGVARCHAR or VARCHAR of their maximum size.
		if (type.endsWith("text")) {
			return ColumnType.of(TypeKind.CLOB);
		}
		if (type.endsWith("blob")) {
			return ColumnType.of(TypeKind.BLOB);
		}
		if (!this.uuidType && metadata.jdbcType() == Types.BINARY && metadata.size() == UUID_BYTES) {
			return ColumnType.of(TypeKind.UUID);
		}
		return super.actualType(metadata);
	}

	/**
	 * A backslash is doubled too, so that the literal ends in the same place whether or not the session reads
	 * backslash escapes (NO_BACKSLASH_ESCAPES).
	 */
	@Override
	protected String stringLiteral(String comment) {
		return super.stringLiteral(comment.replace("\\", "\\\\"));
	}

	/** MySQL and MariaDB declare a column's comment inline. */
	@Override
	protected String columnDefinition(Column column, ColumnAddition addition, boolean withUnique) {
		String definition = super.columnDefinition(column, addition, withUnique);
		return (column.comment() != null) ? definition + " comment " + stringLiteral(column.comment()) : definition;
	}

}
