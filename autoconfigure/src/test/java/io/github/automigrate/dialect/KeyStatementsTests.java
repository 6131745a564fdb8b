package io.github.automigrate.dialect;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.automigrate.model.Column;
import io.github.automigrate.model.ColumnType;
import io.github.automigrate.model.ForeignKey;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Index;
import io.github.automigrate.model.Table;
import io.github.automigrate.model.TableName;
import io.github.automigrate.model.TypeKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Index, unique constraint and foreign key statements: a change in, the exact SQL out,
 * per dialect.
 */
class KeyStatementsTests {

	private static final Dialect H2 = new H2Dialect("");

	private static final Dialect SQLITE = new SqliteDialect("");

	private static final Dialect HSQLDB = new HsqldbDialect("");

	private static final Dialect POSTGRES = new PostgreSqlDialect("");

	private static final Dialect MYSQL = MySqlDialect.mariaDb("", 11, 4);

	private static final TableName LINE = name("order_line");

	private static final TableName ORDER = name("order");

	private static final Index UNIQUE = new Index(id("uk_line"), List.of(id("order_id"), id("position")), true);

	private static final Index PLAIN = new Index(id("idx_line"), List.of(id("position")), false);

	private static final ForeignKey TO_ORDER = new ForeignKey(id("fk_line_order"), List.of(id("order_id")), ORDER,
			List.of(id("id")));

	private static final Table TABLE = new Table(LINE,
			List.of(column("id", false), column("order_id", true), column("position", true)), List.of(id("id")),
			List.of(UNIQUE, PLAIN), List.of(TO_ORDER), null);

	static Stream<Arguments> statements() {
		return Stream.of(
				Arguments.of("H2 unique constraint", H2.createIndex(LINE, UNIQUE),
						List.of("alter table order_line add constraint uk_line unique (order_id, position)")),
				Arguments.of("H2 index", H2.createIndex(LINE, PLAIN),
						List.of("create index idx_line on order_line (position)")),
				Arguments.of("H2 foreign key", H2.addForeignKey(LINE, TO_ORDER), List
					.of("alter table order_line add constraint fk_line_order foreign key (order_id) references \"ORDER\" (id)")),
				Arguments.of("H2 foreign key deleting with its target (@OnDelete)",
						H2.addForeignKey(LINE, TO_ORDER.withOnDelete(ForeignKey.OnDelete.CASCADE)),
						List.of("alter table order_line add constraint "
								+ "fk_line_order foreign key (order_id) references \"ORDER\" (id) on delete cascade")),
				Arguments.of("SQLite new table: foreign key setting null on delete, inline",
						SQLITE.createTable(new Table(LINE, TABLE.columns(), TABLE.primaryKey(), List.of(),
								List.of(TO_ORDER.withOnDelete(ForeignKey.OnDelete.SET_NULL)), null)),
						List.of("create table order_line (id bigint not null, order_id bigint, position bigint, "
								+ "primary key (id), constraint fk_line_order foreign key (order_id) references \"order\" (id) "
								+ "on delete set null)")),
				Arguments.of(
						"H2 new table: unique constraints in it, indexes after it, foreign keys as changes of their own",
						H2.createTable(TABLE),
						List.of("create table order_line (id bigint not null, order_id bigint, "
								+ "position bigint, primary key (id), constraint uk_line unique (order_id, position))",
								"create index idx_line on order_line (position)")),
				Arguments.of("H2 new table with the foreign keys to tables that exist", H2.createTable(TABLE, List
					.of(TO_ORDER)), List
						.of("create table order_line (id bigint not null, order_id bigint, position bigint, primary key (id), "
								+ "constraint uk_line unique (order_id, position), constraint fk_line_order foreign key (order_id) "
								+ "references \"ORDER\" (id))", "create index idx_line on order_line (position)")),
				Arguments.of("MySQL new table: indexes, unique constraints and foreign keys in it",
						MYSQL.createTable(TABLE, List.of(TO_ORDER)),
						List.of("create table order_line (id bigint not null, "
								+ "order_id bigint, position bigint, primary key (id), constraint uk_line unique (order_id, position), "
								+ "index idx_line (position), constraint fk_line_order foreign key (order_id) references `order` (id))"
								+ " engine=InnoDB")),
				Arguments.of("H2 additions to one table: one parenthesised list",
						H2.combineAdditions(LINE,
								List.of("alter table order_line add column note varchar(20)",
										"comment on column order_line.note is 'n'",
										"alter table order_line add constraint uk_line unique (order_id, position)",
										"create index idx_line on order_line (position)")),
						List.of("alter table order_line add (note varchar(20), constraint uk_line unique (order_id, position))",
								"comment on column order_line.note is 'n'",
								"create index idx_line on order_line (position)")),
				Arguments.of("PostgreSQL additions to one table: one statement of several clauses", POSTGRES
					.combineAdditions(LINE, List.of("alter table order_line add column note varchar(20)",
							"alter table order_line add constraint fk_line_order foreign key (order_id) references \"order\" (id)")),
						List.of("alter table order_line add column note varchar(20), add constraint fk_line_order foreign key "
								+ "(order_id) references \"order\" (id)")),
				Arguments.of("MySQL additions to one table: one statement of several clauses",
						MYSQL.combineAdditions(LINE,
								List.of("alter table order_line add column a integer",
										"alter table order_line add column b integer")),
						List.of("alter table order_line add column a integer, add column b integer")),
				Arguments.of("SQLite additions to one table: one statement each",
						SQLITE.combineAdditions(LINE,
								List.of("alter table order_line add column a integer",
										"alter table order_line add column b integer")),
						List.of("alter table order_line add column a integer",
								"alter table order_line add column b integer")),
				Arguments.of("SQLite new table: foreign keys inline whatever it is given", SQLITE.createTable(TABLE),
						SQLITE.createTable(TABLE, TABLE.foreignKeys())),
				Arguments.of("SQLite unique constraint", SQLITE.createIndex(LINE, UNIQUE),
						List.of("create unique index uk_line on order_line (order_id, position)")),
				Arguments.of("SQLite index", SQLITE.createIndex(LINE, PLAIN),
						List.of("create index idx_line on order_line (position)")),
				Arguments.of("SQLite new table: foreign keys inline", SQLITE.createTable(TABLE), List.of(
						"create table order_line (id bigint not null, order_id bigint, position bigint, primary key (id), "
								+ "constraint fk_line_order foreign key (order_id) references \"order\" (id))",
						"create unique index uk_line on order_line (order_id, position)",
						"create index idx_line on order_line (position)")),
				Arguments.of("HSQLDB unique constraint", HSQLDB.createIndex(LINE, UNIQUE),
						List.of("alter table order_line add constraint uk_line unique (order_id, position)")),
				Arguments.of("HSQLDB foreign key deleting with its target (@OnDelete)",
						HSQLDB.addForeignKey(LINE, TO_ORDER.withOnDelete(ForeignKey.OnDelete.CASCADE)),
						List.of("alter table order_line add constraint "
								+ "fk_line_order foreign key (order_id) references \"ORDER\" (id) on delete cascade")),
				Arguments.of("H2 duplicates pre-check", List.of(H2.duplicatesQuery(LINE, UNIQUE.columns())), List
					.of("select order_id, position from order_line where order_id is not null and position is not null "
							+ "group by order_id, position having count(*) > 1")),
				Arguments.of("SQLite duplicates pre-check", List.of(SQLITE
					.duplicatesQuery(LINE, List.of(id("position")))), List
						.of("select position from order_line where position is not null group by position having count(*) > 1")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("statements")
	void statementIsExactly(String description, List<String> actual, List<String> expected) {
		assertThat(actual).as(description).containsExactlyElementsOf(expected);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("capabilities")
	void foreignKeysOnExistingTables(String dialect, Dialect subject, boolean canAdd, boolean inline) {
		assertThat(subject.foreignKeyAdditionUnsupported().isEmpty()).isEqualTo(canAdd);
		assertThat(subject.foreignKeysInCreateTable()).isEqualTo(inline);
	}

	static Stream<Arguments> capabilities() {
		return Stream.of(Arguments.of("H2", H2, true, false), Arguments.of("SQLite", SQLITE, false, true),
				Arguments.of("HSQLDB", HSQLDB, true, false));
	}

	private static TableName name(String name) {
		return new TableName(null, id(name));
	}

	private static Identifier id(String name) {
		return new Identifier(name, false);
	}

	private static Column column(String name, boolean nullable) {
		return new Column(id(name), ColumnType.of(TypeKind.BIGINT), nullable, false, false, null, null, null, null);
	}

}
