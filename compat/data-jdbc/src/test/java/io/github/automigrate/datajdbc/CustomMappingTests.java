package io.github.automigrate.datajdbc;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.github.automigrate.datajdbc.custom.CustomMappingApplication;
import io.github.automigrate.datajdbc.custom.CustomMappingApplication.Coin;
import io.github.automigrate.datajdbc.custom.CustomMappingApplication.Money;
import io.github.automigrate.datajdbc.custom.CustomMappingApplication.Wallet;
import io.github.automigrate.datajdbc.custom.CustomMappingApplication.Wallets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's own {@code NamingStrategy} and {@code JdbcCustomConversions} beans,
 * seen at start-up although Spring Data's own mapping beans come only after the database
 * is initialized.
 */
class CustomMappingTests {

	@Test
	void tablesAreNamedByTheApplicationsStrategyAndColumnsTypedByItsConverters() {
		Databases.Database database = Databases.H2.create();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CustomMappingApplication.class)
			.web(WebApplicationType.NONE)
			.properties(database.properties())
			.run()) {
			Wallets wallets = context.getBean(Wallets.class);
			Wallet wallet = wallets.save(new Wallet(null, new Money(1250), Set.of(new Coin("euro"))));
			assertThat(wallets.findById(wallet.id())).contains(wallet);
			JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
			assertThat(jdbc.queryForObject("select data_type from information_schema.columns "
					+ "where table_name = 'APP_WALLET' and column_name = 'BALANCE'", String.class))
				.isEqualTo("BIGINT");
			assertThat(
					jdbc.queryForObject("select count(*) from app_coin where app_wallet = ?", Long.class, wallet.id()))
				.isEqualTo(1);
		}
		finally {
			database.drop().run();
		}
	}

}
