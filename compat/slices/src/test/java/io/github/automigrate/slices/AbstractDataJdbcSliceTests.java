package io.github.automigrate.slices;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @DataJdbcTest}: a Spring Data JDBC repository reads the rows {@code data.sql}
 * put in AutoMigrate's table.
 */
@Import(AbstractDataJdbcSliceTests.UnquotedNames.class)
abstract class AbstractDataJdbcSliceTests {

	@Autowired
	private BookRecords books;

	@Autowired
	private ApplicationContext context;

	@Test
	void aRepositoryReadsAndWritesTheTablesAutoMigrateMade() {
		assertThat(this.books.count()).isEqualTo(2);
		this.books.save(new BookRecords.Book(null, "Sanditon", 160));
		assertThat(this.books.count()).isEqualTo(3);
		SliceChecks.migratedByTheCoreAutoConfigurationOnly(this.context);
	}

	/**
	 * Spring Data JDBC quotes every name as written ({@code "book"}), which H2 does not
	 * find among the names it folded to upper case ({@code BOOK}), whoever made the
	 * table: unquoted names, as a Spring Data JDBC user on H2 sets them.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class UnquotedNames {

		@Bean
		static BeanPostProcessor unquotedNames() {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessBeforeInitialization(Object bean, String beanName) {
					if (bean instanceof RelationalMappingContext mappingContext) {
						mappingContext.setForceQuote(false);
					}
					return bean;
				}

			};
		}

	}

}
