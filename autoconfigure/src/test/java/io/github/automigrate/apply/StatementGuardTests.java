package io.github.automigrate.apply;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.automigrate.dialect.H2Dialect;
import io.github.automigrate.dialect.MySqlDialect;
import io.github.automigrate.dialect.PostgreSqlDialect;
import io.github.automigrate.dialect.SqliteDialect;
import io.github.automigrate.model.SqlText;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The last line of defence of "additive only", on the statements themselves.
 */
class StatementGuardTests {

	private static final SqlText.Syntax H2 = new H2Dialect("").sqlSyntax();

	private static final SqlText.Syntax POSTGRESQL = new PostgreSqlDialect("").sqlSyntax();

	private static final SqlText.Syntax MARIADB = MySqlDialect.mariaDb("", 11, 4).sqlSyntax();

	private static final SqlText.Syntax SQLITE = new SqliteDialect("").sqlSyntax();

	@ParameterizedTest
	@ValueSource(strings = { "create table t (id bigint not null, primary key (id))",
			"  CREATE   TABLE\n\"Order\" (id bigint)", "create sequence order_seq start with 1 increment by 50",
			"create index idx on t (a)", "create unique index uk on t (a, b)", "comment on column t.a is 'x'",
			"insert into order_seq values ( 1 )", "alter table t add column a integer",
			"alter table \"my schema\".\"Order\" add constraint fk foreign key (a) references b",
			"comment on column t.a is 'price; in cents -- /* # $'", "create table \"a;b\"\"--\" (id bigint)",
			"create table t (a varchar(10) default 'x'';y')",
			"alter table t add column a integer, add column b varchar(10) default 'x, drop', add constraint uk unique (a, b)",
			"alter table t add (a integer, b numeric(10, 2), constraint fk foreign key (a) references u (id))" })
	void additiveStatementsPass(String sql) {
		assertThatNoException().isThrownBy(() -> StatementGuard.check(sql, H2));
	}

	/**
	 * The verb is read from a short head first; whitespace that pushes it further is read
	 * as before (as one space).
	 */
	@Test
	void aVerbPaddedWithWhitespaceIsStillReadWhole() {
		String padding = " \t\n".repeat(40);
		assertThatNoException().isThrownBy(() -> StatementGuard.check("create" + padding + "table t (id bigint)", H2));
		assertThatNoException()
			.isThrownBy(() -> StatementGuard.check("alter" + padding + "table t" + padding + "add column a int", H2));
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> StatementGuard.check("drop" + padding + "table t", H2));
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> StatementGuard.check("alter table t add column a int," + padding + "drop column b", H2));
	}

	@Test
	void eachDatabaseQuotesItsOwnWay() {
		assertThatNoException().isThrownBy(() -> StatementGuard
			.check("ALTER TABLE `shop`.`order` ADD COLUMN note varchar(255) comment 'a\\\\''; b'", MARIADB));
		assertThatNoException().isThrownBy(() -> StatementGuard.check("create table [a;b] (id bigint)", SQLITE));
		assertThatNoException().isThrownBy(() -> StatementGuard.check("create table t (a int[])", POSTGRESQL));
		// Read as the database reads them, these strings end before the separator.
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(
				() -> StatementGuard.check("create table t (a text default E'\\'' ; drop table v; --')", POSTGRESQL));
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> StatementGuard.check("create table t (a text default 'x\\'; drop table v; ')", MARIADB));
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(
				() -> StatementGuard.check("create table t (a text default \"x\\\"\"; drop table v; \")", MARIADB));
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> StatementGuard.check("create table t (a text default [']; drop table v; [']", SQLITE));
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(
				() -> StatementGuard.check("create table t (a text default $$'$$; drop table v; $$'$$)", POSTGRESQL));
	}

	@ParameterizedTest
	@ValueSource(strings = { "drop table t", "alter table t drop column a", "alter table t alter column a type int",
			"alter table t rename to u", "truncate table t", "delete from t", "update t set a = 1",
			"alter table t modify a int", "create or replace view v as select 1",
			"alter table t add column a integer, drop column b",
			"alter table t add column a int,alter column b set not null",
			"alter table t add column a numeric(10, 2), rename to u" })
	void anythingElseIsRefused(String sql) {
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> StatementGuard.check(sql, H2))
			.withMessageContaining("not additive");
	}

	@ParameterizedTest
	@ValueSource(strings = { "create table t (a varchar(10)); drop table victim; create table s (id bigint)",
			"create table t (a varchar(10));", "create table t (a int) -- ; drop table victim",
			"create table t (a int /* ; drop table victim */)", "create table t (a int default 'open)",
			"create table t (a int) # comment" })
	void aSecondStatementBehindTheHeadIsRefused(String sql) {
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> StatementGuard.check(sql, H2))
			.withMessageContaining("not a single additive statement");
	}

	@ParameterizedTest
	@ValueSource(ints = { 10, 1_000, 100_000 })
	void aLongStatementIsJudgedByItsHead(int columns) {
		StringBuilder sql = new StringBuilder("create table wide (id bigint not null");
		for (int i = 0; i < columns; i++) {
			sql.append(",\n  column_").append(i).append(" varchar(255)");
		}
		assertThatNoException().isThrownBy(() -> StatementGuard.check(sql.append(')').toString(), H2));
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> StatementGuard.check("drop table t /* " + sql + " */", H2));
	}

}
