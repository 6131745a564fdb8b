package io.github.automigrate.apply;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The last line of defence of "additive only", on the statements themselves.
 */
class StatementGuardTests {

	@ParameterizedTest
	@ValueSource(strings = { "create table t (id bigint not null, primary key (id))",
			"  CREATE   TABLE\n\"Order\" (id bigint)", "create sequence order_seq start with 1 increment by 50",
			"create index idx on t (a)", "create unique index uk on t (a, b)", "comment on column t.a is 'x'",
			"insert into order_seq values ( 1 )", "alter table t add column a integer",
			"alter table \"my schema\".\"Order\" add constraint fk foreign key (a) references b",
			"ALTER TABLE `shop`.`order` ADD COLUMN note varchar(255)" })
	void additiveStatementsPass(String sql) {
		assertThatNoException().isThrownBy(() -> StatementGuard.check(sql));
	}

	@ParameterizedTest
	@ValueSource(strings = { "drop table t", "alter table t drop column a", "alter table t alter column a type int",
			"alter table t rename to u", "truncate table t", "delete from t", "update t set a = 1",
			"alter table t modify a int", "create or replace view v as select 1" })
	void anythingElseIsRefused(String sql) {
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> StatementGuard.check(sql))
			.withMessageContaining("not additive");
	}

	@ParameterizedTest
	@ValueSource(ints = { 10, 1_000, 100_000 })
	void aLongStatementIsJudgedByItsHead(int columns) {
		StringBuilder sql = new StringBuilder("create table wide (id bigint not null");
		for (int i = 0; i < columns; i++) {
			sql.append(",\n  column_").append(i).append(" varchar(255)");
		}
		assertThatNoException().isThrownBy(() -> StatementGuard.check(sql.append(')').toString()));
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> StatementGuard.check("drop table t /* " + sql + " */"));
	}

}
