package io.github.automigrate.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text written verbatim into DDL for any database: what passes, and what could end the
 * statement.
 */
class SqlTextTests {

	@ParameterizedTest
	@ValueSource(strings = { "varchar(10)", "numeric(10,2) not null", "enum('a','b')", "varchar(20) default 'a;b'",
			"text default 'it''s -- fine /* here */ #1'", "int[]", "integer[3]", "\"my type\"", "int check (x > 0)",
			"jsonb", "timestamp default current_timestamp", "0", "'x'" })
	void harmlessTextPasses(String text) {
		assertThat(SqlText.hazard(text, SqlText.Syntax.VERBATIM)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "varchar(10)); drop table victim; create table smuggled (id bigint", "varchar(10);",
			"varchar(10) -- hides the rest", "varchar(10) /* hides */", "varchar(10) # MySQL comment",
			"'x\\'; drop table v; '", "\"x\\\"", "`x`", "$$x$$", "$1", "[a]", "varchar(10))", "varchar(10", "'open",
			"varchar(10)) as select 1 --" })
	void textThatCouldEndTheStatementIsFound(String text) {
		assertThat(SqlText.hazard(text, SqlText.Syntax.VERBATIM)).isPresent();
	}

}
