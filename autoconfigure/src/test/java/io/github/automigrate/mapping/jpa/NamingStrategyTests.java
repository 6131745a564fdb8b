package io.github.automigrate.mapping.jpa;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.automigrate.mapping.MappingException;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.testsupport.EnvironmentBoundNaming;
import io.github.automigrate.testsupport.PrefixedTableNaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

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

	@ParameterizedTest
	@CsvSource({ "firstName, firstName", "OrderLine, OrderLine", "address.city, address.city" })
	void standardPhysicalStrategyKeepsNamesAsWritten(String logical, String physical) {
		NamingStrategy naming = new NamingStrategy(NamingSettings.from(Map.of(NamingSettings.PHYSICAL_STRATEGY,
				"org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl")::get));
		assertThat(naming.physical(logical)).isEqualTo(new Identifier(physical, false));
	}

	@Test
	void globalQuotingQuotesEveryNameAsWritten() {
		NamingStrategy naming = new NamingStrategy(
				NamingSettings.from(Map.of(NamingSettings.GLOBALLY_QUOTED, "true")::get));
		assertThat(naming.physical("firstName")).isEqualTo(new Identifier("firstName", true));
	}

	@Test
	void settingsFollowSpringBootProperties() {
		assertThat(NamingSettings.from(Map.<String, String>of()::get)).isEqualTo(NamingSettings.defaults());
		assertThat(NamingSettings.from(Map.of(NamingSettings.PHYSICAL_STRATEGY,
				"org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy",
				NamingSettings.IMPLICIT_STRATEGY,
				"org.springframework.boot.hibernate.SpringImplicitNamingStrategy")::get))
			.isEqualTo(NamingSettings.defaults());
		assertThat(
				NamingSettings
					.from(Map.of(NamingSettings.IMPLICIT_STRATEGY,
							"org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl")::get)
					.jpaJoinTables())
			.isTrue();
		assertThat(
				NamingSettings.from(Map.of(NamingSettings.PHYSICAL_STRATEGY, PrefixedTableNaming.class.getName())::get))
			.isEqualTo(new NamingSettings(NamingSettings.Physical.CUSTOM, PrefixedTableNaming.class.getName(), false,
					false));
	}

	@Test
	void unknownImplicitStrategyIsRejectedWithTheProperty() {
		assertThatExceptionOfType(MappingException.class)
			.isThrownBy(
					() -> NamingSettings.from(Map.of(NamingSettings.IMPLICIT_STRATEGY, "com.example.MyImplicit")::get))
			.withMessageContaining(NamingSettings.IMPLICIT_STRATEGY)
			.withMessageContaining("com.example.MyImplicit");
	}

	@Test
	void customPhysicalStrategyNamesTablesAndColumnsThroughHibernate() {
		NamingStrategy naming = new NamingStrategy(
				new NamingSettings(NamingSettings.Physical.CUSTOM, PrefixedTableNaming.class.getName(), false, false));
		assertThat(naming.physical("OrderLine", NamingStrategy.Kind.TABLE))
			.isEqualTo(new Identifier("app_order_line", false));
		assertThat(naming.physical("firstName")).isEqualTo(new Identifier("first_name", false));
	}

	@Test
	void customPhysicalStrategyThatNeedsTheJdbcEnvironmentFailsClearly() {
		NamingStrategy naming = new NamingStrategy(new NamingSettings(NamingSettings.Physical.CUSTOM,
				EnvironmentBoundNaming.class.getName(), false, false));
		assertThatExceptionOfType(MappingException.class)
			.isThrownBy(() -> naming.physical("OrderLine", NamingStrategy.Kind.TABLE))
			.withMessageContaining(EnvironmentBoundNaming.class.getName())
			.withMessageContaining(NamingSettings.PHYSICAL_STRATEGY);
	}

	@Test
	void missingCustomPhysicalStrategyFailsClearly() {
		assertThatExceptionOfType(MappingException.class)
			.isThrownBy(() -> new NamingStrategy(
					new NamingSettings(NamingSettings.Physical.CUSTOM, "com.example.Missing", false, false)))
			.withMessageContaining("com.example.Missing")
			.withMessageContaining(NamingSettings.PHYSICAL_STRATEGY);
	}

}
