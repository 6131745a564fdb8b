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
import io.github.automigrate.dialect.PostgreSqlDialect;
import io.github.automigrate.dialect.SqliteDialect;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each database's catalog can read, without a database: the queries it has for keys
 * and sequences.
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

	static Stream<Arguments> fingerprints() {
		return Stream.of(Arguments.of("H2", new H2Dialect(""), false),
				Arguments.of("HSQLDB", new HsqldbDialect(""), false),
				Arguments.of("SQLite", new SqliteDialect(""), true),
				Arguments.of("MySQL", MySqlDialect.mySql(""), true),
				Arguments.of("MariaDB", MySqlDialect.mariaDb("", 10, 11), true),
				Arguments.of("PostgreSQL", new PostgreSqlDialect(""), true));
	}

	/**
	 * Every dialect has a catalog; only H2 and HSQLDB have no cheap fingerprint, and
	 * compare in full every start.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("fingerprints")
	void everyDialectHasACatalog(String database, Dialect dialect, boolean fingerprint) {
		assertThat(Catalog.of(dialect).fingerprint().isPresent()).isEqualTo(fingerprint);
		assertThat(CatalogFingerprint.isAvailable(dialect)).isEqualTo(fingerprint);
	}

	@Test
	void listsSequencesOnlyWhereTheServerHasThem() {
		assertThat(Catalog.of(MySqlDialect.mariaDb("", 10, 11)).sequences())
			.hasValueSatisfying((query) -> assertThat(query).isInstanceOfSatisfying(CatalogQuery.Sql.class,
					(sql) -> assertThat(sql.text()).contains("'SEQUENCE'")));
		assertThat(Catalog.of(MySqlDialect.mySql("")).sequences()).isEmpty();
	}

}
