package io.github.automigrate.datajdbc.custom;

import java.util.List;
import java.util.Set;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.annotation.Id;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;
import org.springframework.data.relational.core.mapping.DefaultNamingStrategy;
import org.springframework.data.relational.core.mapping.NamingStrategy;
import org.springframework.data.repository.CrudRepository;

/**
 * An application with a naming strategy of its own (every table prefixed {@code app_})
 * and converters of its own (a {@code Money} written as a number of cents).
 */
@SpringBootApplication
@EnableJdbcRepositories(considerNestedRepositories = true)
public class CustomMappingApplication {

	@Bean
	NamingStrategy prefixedTables() {
		return new DefaultNamingStrategy() {

			@Override
			public String getTableName(Class<?> type) {
				return "app_" + super.getTableName(type);
			}

		};
	}

	@Bean
	JdbcCustomConversions moneyConversions() {
		return new JdbcCustomConversions(List.of(new MoneyToCents(), new CentsToMoney()));
	}

	public record Money(long cents) {
	}

	public record Wallet(@Id Long id, Money balance, Set<Coin> coins) {
	}

	public record Coin(String name) {
	}

	public interface Wallets extends CrudRepository<Wallet, Long> {

	}

	@WritingConverter
	static class MoneyToCents implements Converter<Money, Long> {

		@Override
		public Long convert(Money money) {
			return money.cents();
		}

	}

	@ReadingConverter
	static class CentsToMoney implements Converter<Long, Money> {

		@Override
		public Money convert(Long cents) {
			return new Money(cents);
		}

	}

}
