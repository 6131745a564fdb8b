package io.github.automigrate.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class JdbcUrlsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					jdbc:postgresql://db:5432/app                                        | jdbc:postgresql://db:5432/app
					jdbc:postgresql://db:5432/app?user=app&password=s3cret               | jdbc:postgresql://db:5432/app
					jdbc:postgresql://db/app?password=s3cret&ssl=true&user=app           | jdbc:postgresql://db/app?ssl=true
					jdbc:postgresql://db/app?ssl=true&sslpassword=s3cret&loginTimeout=5  | jdbc:postgresql://db/app?ssl=true&loginTimeout=5
					jdbc:mariadb://app:s3cret@db:3306/app?useSsl=true                    | jdbc:mariadb://db:3306/app?useSsl=true
					jdbc:mysql://app@db/app                                              | jdbc:mysql://db/app
					jdbc:h2:mem:app;DB_CLOSE_DELAY=-1;USER=sa;PASSWORD=s3cret            | jdbc:h2:mem:app;DB_CLOSE_DELAY=-1
					jdbc:h2:tcp://sa:s3cret@localhost/~/app;MODE=PostgreSQL              | jdbc:h2:tcp://localhost/~/app;MODE=PostgreSQL
					jdbc:sqlite:file:app.db?cache=shared                                 | jdbc:sqlite:file:app.db?cache=shared
					jdbc:sqlserver://db;databaseName=app;user=app;password=s3cret        | jdbc:sqlserver://db;databaseName=app
					""")
	void keepsTheUrlWithoutItsCredentials(String url, String logged) {
		assertThat(JdbcUrls.withoutCredentials(url)).isEqualTo(logged);
	}

}
