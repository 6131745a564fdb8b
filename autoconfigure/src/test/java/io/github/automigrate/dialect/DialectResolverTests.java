package io.github.automigrate.dialect;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.automigrate.model.ColumnType;
import io.github.automigrate.model.TypeKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class DialectResolverTests {

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "MariaDB, 10.11.19-MariaDB, 10, 11, MariaDB, uuid",
			"MariaDB, 10.6.20-MariaDB, 10, 6, MariaDB, binary(16)", "MySQL, 8.4.3, 8, 4, MySQL, binary(16)",
			"PostgreSQL, 15.20, 15, 20, PostgreSQL, uuid", "H2, 2.3.232, 2, 3, H2, uuid",
			"HSQL Database Engine, 2.7.3, 2, 7, HSQLDB, binary(16)" })
	void choosesTheDialectFromTheProduct(String product, String version, int major, int minor, String dialect,
			String uuidType) throws SQLException {
		Dialect resolved = DialectResolver.resolve(metadata(product, version, major, minor));
		assertThat(resolved.name()).isEqualTo(dialect);
		assertThat(resolved.types().name(ColumnType.of(TypeKind.UUID))).isEqualTo(uuidType);
	}

	@ParameterizedTest
	@CsvSource({ "Oracle, 23.0, 23, 0", "Microsoft SQL Server, 16.0, 16, 0" })
	void namesTheSupportedDatabasesForAnyOther(String product, String version, int major, int minor) {
		assertThatExceptionOfType(UnsupportedDatabaseException.class)
			.isThrownBy(() -> DialectResolver.resolve(metadata(product, version, major, minor)))
			.withMessageContaining("H2, HSQLDB, MySQL, MariaDB and PostgreSQL");
	}

	private static DatabaseMetaData metadata(String product, String version, int major, int minor) throws SQLException {
		DatabaseMetaData metadata = mock(DatabaseMetaData.class);
		given(metadata.getDatabaseProductName()).willReturn(product);
		given(metadata.getDatabaseProductVersion()).willReturn(version);
		given(metadata.getDatabaseMajorVersion()).willReturn(major);
		given(metadata.getDatabaseMinorVersion()).willReturn(minor);
		given(metadata.getSQLKeywords()).willReturn("");
		return metadata;
	}

}
