package io.github.automigrate.mapping;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.automigrate.model.Identifier;

import static org.assertj.core.api.Assertions.assertThat;

class NamingStrategyTests {

	private final NamingStrategy naming = new NamingStrategy();

	@ParameterizedTest
	@CsvSource({ "firstName, first_name", "OrderLine, order_line", "URLValue, urlvalue", "address.city, address_city",
			"customer_id, customer_id", "line2Total, line2_total", "ABC, abc", "version2, version2", "aB, ab" })
	void unquotedNamesBecomeLowerSnakeCase(String logical, String physical) {
		assertThat(this.naming.physical(logical)).isEqualTo(new Identifier(physical, false));
	}

	@ParameterizedTest
	@CsvSource({ "`Order`, Order", "\"OrderLine\", OrderLine" })
	void quotedNamesAreKeptExactly(String logical, String physical) {
		assertThat(this.naming.physical(logical)).isEqualTo(new Identifier(physical, true));
	}

}
