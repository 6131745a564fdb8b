package io.github.automigrate.dialect;

import java.sql.Types;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.automigrate.dialect.Dialect.ColumnAddition;
import io.github.automigrate.dialect.TypeNames.ColumnMetadata;
import io.github.automigrate.model.Column;
import io.github.automigrate.model.ColumnType;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.TypeKind;

import static io.github.automigrate.dialect.DialectCases.BILLING_IDS;
import static io.github.automigrate.dialect.DialectCases.CREATED_AT;
import static io.github.automigrate.dialect.DialectCases.CUSTOMERS;
import static io.github.automigrate.dialect.DialectCases.CUSTOMER_IDS;
import static io.github.automigrate.dialect.DialectCases.EMAIL;
import static io.github.automigrate.dialect.DialectCases.LOYALTY_POINTS;
import static io.github.automigrate.dialect.DialectCases.ORDER;
import static io.github.automigrate.dialect.DialectCases.QUOTED;
import static io.github.automigrate.dialect.DialectCases.TIER;
import static io.github.automigrate.dialect.DialectCases.VIP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class MySqlDialectTests {

	private static final MySqlDialect MARIADB = MySqlDialect.mariaDb("", 10, 11);

	private static final MySqlDialect MARIADB_10_6 = MySqlDialect.mariaDb("", 10, 6);

	private static final MySqlDialect MYSQL = MySqlDialect.mySql("");

	static Stream<Arguments> statements() {
		return Stream.of(
				sql("add column with mapped default and inline comment", MARIADB,
						(d) -> d.addColumn(CUSTOMERS, TIER, new ColumnAddition(true, null)),
						"alter table customers add column tier varchar(20) default 'basic' not null "
								+ "comment 'Service level, ''basic'' unless upgraded'"),
				sql("create table with identity and reserved words", MARIADB, (d) -> d.createTable(ORDER),
						"create table `order` (id bigint auto_increment not null, `select` varchar(255), `group` integer, "
								+ "`user` varchar(255), total decimal(12,2), primary key (id)) engine=InnoDB"),
				sql("create table with names quoted by the application", MYSQL, (d) -> d.createTable(QUOTED),
						"create table `LineItem` (`Qty` integer not null) engine=InnoDB"),
				sql("add column with default", MARIADB,
						(d) -> d.addColumn(CUSTOMERS, LOYALTY_POINTS, new ColumnAddition(true, 0)),
						"alter table customers add column loyalty_points integer default 0 not null"),
				sql("add boolean column with default", MARIADB,
						(d) -> d.addColumn(CUSTOMERS, VIP, new ColumnAddition(true, false)),
						"alter table customers add column vip bit default false not null"),
				sql("add unique column: the column only (its unique constraint is a change of its own)", MYSQL,
						(d) -> d.addColumn(CUSTOMERS, EMAIL, new ColumnAddition(false, null)),
						"alter table customers add column email varchar(80)"),
				sql("add timestamp column", MYSQL,
						(d) -> d.addColumn(CUSTOMERS, CREATED_AT, new ColumnAddition(true, null)),
						"alter table customers add column created_at datetime(6) not null"),
				sql("create sequence on MariaDB", MARIADB, (d) -> d.createSequence(CUSTOMER_IDS),
						"create sequence customer_id_seq start with 100 increment by 10 nocache"),
				sql("create sequence in another database", MARIADB, (d) -> d.createSequence(BILLING_IDS),
						"create sequence billing.invoice_seq start with 1 increment by 50 nocache"),
				sql("create sequence on MySQL: a one-row table", MYSQL, (d) -> d.createSequence(CUSTOMER_IDS),
						"create table customer_id_seq (next_val bigint) engine=InnoDB",
						"insert into customer_id_seq values (100)"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("statements")
	void writesSql(String change, MySqlDialect dialect, Function<Dialect, List<String>> statement, List<String> sql) {
		assertThat(statement.apply(dialect)).containsExactlyElementsOf(sql);
	}

	static Stream<Arguments> typeNames() {
		return Stream.of(arguments(MARIADB, ColumnType.of(TypeKind.BOOLEAN), "bit"),
				arguments(MARIADB, ColumnType.of(TypeKind.TINYINT), "tinyint"),
				arguments(MARIADB, ColumnType.of(TypeKind.REAL), "float(23)"),
				arguments(MARIADB, ColumnType.of(TypeKind.DOUBLE), "float(53)"),
				arguments(MARIADB, ColumnType.ofLength(TypeKind.CHAR, 1), "varchar(1)"),
				arguments(MARIADB, ColumnType.ofLength(TypeKind.ENUM_CHAR, 1), "varchar(1)"),
				arguments(MARIADB, ColumnType.ofLength(TypeKind.BINARY, 16), "binary(16)"),
				arguments(MARIADB, ColumnType.of(TypeKind.CLOB), "longtext"),
				arguments(MARIADB, ColumnType.ofLength(TypeKind.VARBINARY, 255), "varbinary(255)"),
				arguments(MARIADB, ColumnType.of(TypeKind.BLOB), "longblob"),
				arguments(MARIADB, ColumnType.of(TypeKind.TIMESTAMP), "datetime(6)"),
				arguments(MARIADB, ColumnType.of(TypeKind.UUID), "uuid"),
				arguments(MARIADB_10_6, ColumnType.of(TypeKind.UUID), "binary(16)"),
				arguments(MYSQL, ColumnType.of(TypeKind.UUID), "binary(16)"),
				arguments(MARIADB, ColumnType.of(TypeKind.TIME_TZ), "time"),
				// Hibernate's MySQL dialect: varchar up to a row's 65,535 bytes in the
				// database's character set (utf8mb4 here), then the smallest text or blob
				// type that holds the length.
				arguments(MARIADB, ColumnType.ofLength(TypeKind.VARCHAR, 16_383), "varchar(16383)"),
				arguments(MARIADB, ColumnType.ofLength(TypeKind.VARCHAR, 16_384), "text"),
				arguments(MARIADB, ColumnType.ofLength(TypeKind.VARCHAR, 70_000), "mediumtext"),
				arguments(MARIADB, ColumnType.ofLength(TypeKind.VARCHAR, Integer.MAX_VALUE), "longtext"),
				arguments(MySqlDialect.mariaDb("", 10, 11, "latin1"), ColumnType.ofLength(TypeKind.VARCHAR, 20_000),
						"varchar(20000)"),
				arguments(MySqlDialect.mySql("", "utf8mb3"), ColumnType.ofLength(TypeKind.VARCHAR, 21_845), "text"),
				arguments(MARIADB, ColumnType.ofLength(TypeKind.VARBINARY, 65_535), "varbinary(65535)"),
				arguments(MARIADB, ColumnType.ofLength(TypeKind.VARBINARY, 70_000), "mediumblob"),
				arguments(MARIADB, ColumnType.ofLength(TypeKind.CLOB, 1_000), "text"),
				arguments(MARIADB, ColumnType.ofLength(TypeKind.BLOB, 100), "tinyblob"),
				arguments(MARIADB, ColumnType.ofLength(TypeKind.INET, 19), "varbinary(19)"),
				arguments(MYSQL, ColumnType.of(TypeKind.INTEGER).withDefinition("mediumint"), "mediumint"));
	}

	@ParameterizedTest(name = "{1} on {0}")
	@MethodSource("typeNames")
	void namesTypes(MySqlDialect dialect, ColumnType type, String name) {
		assertThat(dialect.types().name(type)).isEqualTo(name);
	}

	/**
	 * What the MariaDB driver reports for the types the dialect writes, and what it reads
	 * back.
	 */
	static Stream<Arguments> actualTypes() {
		return Stream.of(arguments(MARIADB, Types.BIT, "BIT", 1, 0, ColumnType.of(TypeKind.BOOLEAN)),
				arguments(MARIADB, Types.BOOLEAN, "BOOLEAN", 3, 0, ColumnType.of(TypeKind.BOOLEAN)),
				arguments(MARIADB, Types.TINYINT, "TINYINT", 3, 0, ColumnType.of(TypeKind.TINYINT)),
				arguments(MARIADB, Types.INTEGER, "INT", 10, 0, ColumnType.of(TypeKind.INTEGER)),
				arguments(MARIADB, Types.REAL, "FLOAT", 12, 0, ColumnType.of(TypeKind.REAL)),
				arguments(MARIADB, Types.DOUBLE, "DOUBLE", 22, 0, ColumnType.of(TypeKind.DOUBLE)),
				arguments(MARIADB, Types.DECIMAL, "DECIMAL", 12, 2, ColumnType.ofDecimal(12, 2)),
				arguments(MARIADB, Types.LONGVARCHAR, "LONGTEXT", Integer.MAX_VALUE, 0, ColumnType.of(TypeKind.CLOB)),
				arguments(MARIADB, Types.LONGVARBINARY, "LONGBLOB", Integer.MAX_VALUE, 0, ColumnType.of(TypeKind.BLOB)),
				arguments(MARIADB, Types.VARBINARY, "VARBINARY", 255, 0, ColumnType.ofLength(TypeKind.VARBINARY, 255)),
				arguments(MARIADB, Types.TIMESTAMP, "DATETIME", 26, 0, ColumnType.of(TypeKind.TIMESTAMP)),
				arguments(MARIADB, Types.OTHER, "UUID", 0, 0, ColumnType.of(TypeKind.UUID)),
				arguments(MARIADB, Types.BINARY, "BINARY", 16, 0, ColumnType.ofLength(TypeKind.VARBINARY, 16)),
				arguments(MYSQL, Types.BINARY, "BINARY", 16, 0, ColumnType.of(TypeKind.UUID)));
	}

	@ParameterizedTest(name = "{2} on {0}")
	@MethodSource("actualTypes")
	void readsTypesBack(MySqlDialect dialect, int jdbcType, String typeName, int size, int digits, ColumnType type) {
		assertThat(dialect.types().read(new ColumnMetadata(jdbcType, typeName, size, digits))).isEqualTo(type);
	}

	@Test
	void aNameHoldingABacktickHasItDoubled() {
		assertThat(MARIADB.quote(new Identifier("we`ird", true))).isEqualTo("`we``ird`");
		assertThat(MARIADB.quote(new Identifier("a`; drop table t; `", false))).isEqualTo("`a``; drop table t; ```");
	}

	/**
	 * A backslash is doubled, so that the comment's literal ends in the same place with
	 * or without escapes.
	 */
	@Test
	void aCommentHoldingABackslashAndAQuoteStaysOneLiteral() {
		Column note = new Column(Identifier.of("note"), ColumnType.ofLength(TypeKind.VARCHAR, 20), true, false, false,
				null, "Customer.note", null, "x\\'); drop table v; --");
		assertThat(MARIADB.addColumn(CUSTOMERS, note, new ColumnAddition(false, null)))
			.containsExactly("alter table customers add column note varchar(20) comment 'x\\\\''); drop table v; --'");
	}

	@Test
	void binarySixteenReadsBackAsAUuidWhereTheServerHasNoUuidType() {
		assertThat(MYSQL.types().stored(ColumnType.ofLength(TypeKind.BINARY, 16)))
			.isEqualTo(ColumnType.of(TypeKind.UUID));
		assertThat(MYSQL.types().stored(ColumnType.ofLength(TypeKind.BINARY, 20)))
			.isEqualTo(ColumnType.ofLength(TypeKind.BINARY, 20));
		assertThat(MARIADB.types().stored(ColumnType.ofLength(TypeKind.BINARY, 16)))
			.isEqualTo(ColumnType.ofLength(TypeKind.BINARY, 16));
	}

	@Test
	void introspectsDatabasesAsCatalogs() {
		assertThat(MYSQL.schemasAreCatalogs()).isTrue();
	}

	@Test
	void quotesWordsTheDriverKeywordListRunsTogether() {
		MySqlDialect dialect = MySqlDialect.mariaDb("ENCLOSEDESCAPED,FROMFULLTEXT,OFFSETON", 10, 11);
		assertThat(dialect.quote(io.github.automigrate.model.Identifier.of("fulltext"))).isEqualTo("`fulltext`");
		assertThat(dialect.quote(io.github.automigrate.model.Identifier.of("offset"))).isEqualTo("`offset`");
	}

	private static Arguments sql(String change, MySqlDialect dialect, Function<Dialect, List<String>> statement,
			String... sql) {
		return arguments(change, dialect, statement, List.of(sql));
	}

}
