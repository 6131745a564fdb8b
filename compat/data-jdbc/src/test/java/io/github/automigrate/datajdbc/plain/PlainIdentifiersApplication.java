package io.github.automigrate.datajdbc.plain;

import java.util.List;
import java.util.Optional;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.annotation.Id;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;
import org.springframework.data.relational.RelationalManagedTypes;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.NamingStrategy;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.data.repository.CrudRepository;

/**
 * An application that switches Spring Data's quoting off, as Spring Data JDBC's reference
 * shows: its own configuration's mapping context does not force quotes, so every name is
 * issued unquoted and folded by the database ({@code CustomerAccount} is
 * {@code CUSTOMERACCOUNT} on H2, {@code customeraccount} on PostgreSQL).
 */
@SpringBootApplication
@EnableJdbcRepositories(considerNestedRepositories = true)
public class PlainIdentifiersApplication {

	@Configuration
	static class PlainJdbcConfiguration extends AbstractJdbcConfiguration {

		@Override
		public JdbcMappingContext jdbcMappingContext(Optional<NamingStrategy> namingStrategy,
				JdbcCustomConversions customConversions, RelationalManagedTypes jdbcManagedTypes) {
			JdbcMappingContext context = super.jdbcMappingContext(namingStrategy, customConversions, jdbcManagedTypes);
			context.setForceQuote(false);
			return context;
		}

	}

	@Table("CustomerAccount")
	public record Account(@Id Long id, @Column("eMail") String email, String lastName, List<Visit> visits) {
	}

	public record Visit(String place) {
	}

	public interface Accounts extends CrudRepository<Account, Long> {

	}

}
