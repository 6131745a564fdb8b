package io.github.automigrate.dialect;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.github.automigrate.model.Column;
import io.github.automigrate.model.Sequence;
import io.github.automigrate.model.SqlText;

/**
 * MySQL 8 and MariaDB 10.6+, with the type names Hibernate's {@code MySQLDialect} and
 * {@code MariaDBDialect} write ({@link MySqlTypeNames}). The two differ in two
 * capabilities, chosen from the server's product and version: MariaDB 10.3+ has sequences
 * (MySQL gets Hibernate's one-row table instead), and MariaDB 10.7+ has a {@code uuid}
 * type (MySQL stores a UUID in {@code binary(16)}). A "database" here is a JDBC catalog;
 * names keep the case they are written in. Its catalog is read by {@code introspect}'s
 * {@code MySqlCatalog}.
 */
public class MySqlDialect extends AbstractDialect {

	/**
	 * Words the MariaDB driver's keyword list runs together for want of a comma
	 * ({@code ENCLOSEDESCAPED}, {@code FROMFULLTEXT}, ...), and so never reports on their
	 * own; the SQL:2003 list has the rest.
	 */
	private static final Set<String> KEYWORDS = Set.of("enclosed", "escaped", "fulltext", "offset", "row_number",
			"rows", "window", "recursive");

	private final String name;

	private final boolean sequences;

	/**
	 * Creates the dialect of one server.
	 * @param name the database's name, for the report
	 * @param databaseKeywords {@code DatabaseMetaData.getSQLKeywords()}
	 * @param sequences whether the server has {@code create sequence}
	 * @param uuidType whether the server has a {@code uuid} column type
	 * @param characterSet the database's default character set
	 * ({@code @@character_set_database}), or {@code null} when unknown (taken as
	 * {@code utf8mb4})
	 */
	protected MySqlDialect(String name, String databaseKeywords, boolean sequences, boolean uuidType,
			@Nullable String characterSet) {
		super(new Identifiers("`", "`", Identifiers.IdentifierCase.AS_WRITTEN,
				Identifiers.sql2003And(databaseKeywords, KEYWORDS)),
				new MySqlTypeNames(name.equals("MariaDB"), uuidType, characterSet));
		this.name = name;
		this.sequences = sequences;
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
	 * @param characterSet the database's default character set, or {@code null} for
	 * {@code utf8mb4}
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
	 * The dialect of a MariaDB server of a given version, whose database has a given
	 * character set.
	 * @param databaseKeywords {@code DatabaseMetaData.getSQLKeywords()}
	 * @param major the major version
	 * @param minor the minor version
	 * @param characterSet the database's default character set, or {@code null} for
	 * {@code utf8mb4}
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

	@Override
	public String name() {
		return this.name;
	}

	/**
	 * Strings in single or double quotes (double quotes name an identifier only in
	 * ANSI_QUOTES mode), a backslash escaping inside them unless NO_BACKSLASH_ESCAPES;
	 * identifiers in backticks.
	 */
	@Override
	public SqlText.Syntax sqlSyntax() {
		return new SqlText.Syntax("'\"", "`", true, false, false);
	}

	/** MySQL and MariaDB declare a column's comment inline. */
	@Override
	protected void appendColumnDefinition(StringBuilder sql, Column column, ColumnAddition addition,
			boolean withUnique) {
		super.appendColumnDefinition(sql, column, addition, withUnique);
		if (column.comment() != null) {
			sql.append(" comment ").append(stringLiteral(column.comment()));
		}
	}

	@Override
	protected String identityColumnType(Column column) {
		// The column must be (part of) a key; the primary key clause createTable writes
		// makes it one.
		return types().name(column.type()) + " auto_increment";
	}

	/**
	 * MySQL declares plain indexes in CREATE TABLE too, so that a new table is one
	 * statement.
	 */
	@Override
	protected boolean indexesInCreateTable() {
		return true;
	}

	@Override
	protected String tableOptions() {
		// Hibernate asks for InnoDB, whatever the server's default engine, for
		// transactions and foreign keys.
		return " engine=InnoDB";
	}

	/**
	 * A backslash is doubled too, so that the literal ends in the same place whether or
	 * not the session reads backslash escapes (NO_BACKSLASH_ESCAPES).
	 */
	@Override
	protected String stringLiteral(String comment) {
		return super.stringLiteral(comment.replace("\\", "\\\\"));
	}

	@Override
	public List<String> createSequence(Sequence sequence) {
		if (this.sequences) {
			// Hibernate's MariaDB dialect writes nocache: a cached sequence would skip
			// values after a restart.
			return List.of("create sequence " + quote(sequence.name()) + " start with " + sequence.start()
					+ " increment by " + sequence.increment() + " nocache");
		}
		return List.of("create table " + quote(sequence.name()) + " (next_val bigint)" + tableOptions(),
				"insert into " + quote(sequence.name()) + " values (" + sequence.start() + ")");
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
	public boolean hasSequences() {
		return this.sequences;
	}

	@Override
	public boolean schemasAreCatalogs() {
		return true;
	}

	@Override
	public SchemaLock schemaLock() {
		return Locks.mysql();
	}

	/**
	 * The database's default character set, as Hibernate's MySQL dialect reads it;
	 * {@code null} if it cannot.
	 */
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

	private static boolean atLeast(int major, int minor, int wantMajor, int wantMinor) {
		return major > wantMajor || (major == wantMajor && minor >= wantMinor);
	}

}
