package io.github.automigrate.introspect;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.automigrate.dialect.Dialect;
import io.github.automigrate.dialect.H2Dialect;
import io.github.automigrate.dialect.HsqldbDialect;
import io.github.automigrate.dialect.MySqlDialect;
import io.github.automigrate.dialect.SqliteDialect;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each database's catalog can read, without a database: the queries it has for keys and sequences.
 */
class CatalogTests {

	static Stream<Arguments> keyReaders() {
		return Stream.of(Arguments.of("H2", new H2Dialect("")), Arguments.of("SQLite", new SqliteDialect("")),
				Arguments.of("HSQLDB", new HsqldbDialect("")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("keyReaders")
	void readsIndexesAndForeignKeys(String database, Dialect dialect) {
		Catalog catalog = Catalog.of(dialect);
		assertThat(catalog.indexes()).isPresent();
		assertThat(catalog.foreignKeys()).isPresent();
	}

	@Test
	void listsSequencesOnlyWhereTheServerHasThem() {
		assertThat(Catalog.of(MySqlDialect.mariaDb("", 10, 11)).sequences()).hasValueSatisfying((query) -> assertThat(query)
			.isInstanceOfSatisfying(CatalogQuery.Sql.class, (sql) -> assertThat(sql.text()).contains("'SEQUENCE'")));
		assertThat(Catalog.of(MySqlDialect.mySql("")).sequences()).isEmpty();
	}

}
