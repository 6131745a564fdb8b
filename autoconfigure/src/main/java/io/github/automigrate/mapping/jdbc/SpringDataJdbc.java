package io.github.automigrate.mapping.jdbc;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanInstantiationException;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.jdbc.core.convert.JdbcConverter;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.core.convert.JdbcTypeFactory;
import org.springframework.data.jdbc.core.convert.MappingJdbcConverter;
import org.springframework.data.jdbc.core.dialect.DialectResolver;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;
import org.springframework.data.jdbc.repository.config.JdbcConfiguration;
import org.springframework.data.relational.RelationalManagedTypes;
import org.springframework.data.relational.core.mapping.NamingStrategy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Spring Data JDBC's view of the mapping, built as the application's Spring Data JDBC
 * configuration builds it (the same naming strategy, dialect and conversions), but from
 * parts that exist before the database is initialized: the application's own dialect,
 * mapping context and converter beans wait for the database initializers (they need a
 * JDBC template that Spring Boot orders after them), and AutoMigrate is one of those
 * initializers.
 *
 * @param dialect the dialect, which renders identifiers
 * @param context a mapping context with the application's naming strategy
 * @param converter a converter with the application's conversions, which says what type
 * each property is bound as
 * @param conversions the application's conversions, which its writing converters are part
 * of
 */
record SpringDataJdbc(JdbcDialect dialect, JdbcMappingContext context, JdbcConverter converter,
		JdbcCustomConversions conversions) {

	/**
	 * Builds the mapping from parts.
	 * @param dialect the dialect
	 * @param naming the naming strategy, or {@code null} for Spring Data's default
	 * @param conversions the conversions, or {@code null} for the dialect's and Spring
	 * Data's own
	 * @param application the application, for SpEL in names, or {@code null}
	 * @return the mapping
	 */
	static SpringDataJdbc of(JdbcDialect dialect, @Nullable NamingStrategy naming,
			@Nullable JdbcCustomConversions conversions, @Nullable ApplicationContext application) {
		JdbcCustomConversions converting = (conversions != null) ? conversions
				: JdbcConfiguration.createCustomConversions(dialect, List.of());
		JdbcMappingContext context = JdbcConfiguration.createMappingContext(RelationalManagedTypes.empty(), converting,
				naming);
		if (application != null) {
			context.setApplicationContext(application);
			context.setEnvironment(application.getEnvironment());
		}
		MappingJdbcConverter converter = new MappingJdbcConverter(context, (identifier, path) -> List.of(), converting,
				JdbcTypeFactory.unsupported());
		return new SpringDataJdbc(dialect, context, converter, converting);
	}

	/**
	 * Spring Data's defaults for a database: its dialect as Spring Data detects it, the
	 * default naming strategy, no converters of the application's.
	 * @param dataSource the database
	 * @return the mapping
	 */
	static SpringDataJdbc defaults(DataSource dataSource) {
		return of(DialectResolver.getDialect(new JdbcTemplate(dataSource)), null, null, null);
	}

	/**
	 * The application's mapping: its {@link NamingStrategy} bean; its dialect (a
	 * {@link JdbcDialect} bean of its own, the one its {@link AbstractJdbcConfiguration}
	 * (Spring Boot's, which reads {@code spring.data.jdbc.dialect}) makes, called here
	 * with a JDBC template of AutoMigrate's, else the one Spring Data detects); its
	 * conversions (a {@link JdbcCustomConversions} bean of its own, else the converters
	 * its configuration declares in {@code userConverters()}).
	 * @param application the application
	 * @param dataSource the database
	 * @return the mapping
	 */
	static SpringDataJdbc of(ApplicationContext application, DataSource dataSource) {
		AbstractJdbcConfiguration configuration = application.getBeanProvider(AbstractJdbcConfiguration.class)
			.getIfUnique();
		JdbcDialect dialect = dialect(application, configuration, dataSource);
		JdbcCustomConversions conversions = ownBean(application, JdbcCustomConversions.class);
		if (conversions == null) {
			conversions = JdbcConfiguration.createCustomConversions(dialect, userConverters(configuration));
		}
		NamingStrategy naming = application.getBeanProvider(NamingStrategy.class).getIfUnique();
		SpringDataJdbc mapping = of(dialect, naming, conversions, application);
		mapping.context().setForceQuote(forceQuote(configuration, naming, conversions));
		return mapping;
	}

	/**
	 * Whether the application's mapping context quotes names: Spring Data's default
	 * ({@code true}) unless its Spring Data JDBC configuration overrides
	 * {@code jdbcMappingContext} to switch quoting off
	 * ({@code JdbcMappingContext.forPlainIdentifiers()} or {@code setForceQuote(false)}).
	 * That method is called on an instance of the configuration's own class (not on the
	 * bean, whose proxy would create the application's mapping context bean itself) with
	 * the parts read here.
	 */
	private static boolean forceQuote(@Nullable AbstractJdbcConfiguration configuration,
			@Nullable NamingStrategy naming, JdbcCustomConversions conversions) {
		if (configuration == null) {
			return true;
		}
		Class<?> type = ClassUtils.getUserClass(configuration);
		Method method = ReflectionUtils.findMethod(type, "jdbcMappingContext", Optional.class,
				JdbcCustomConversions.class, RelationalManagedTypes.class);
		if (method == null || method.getDeclaringClass() == AbstractJdbcConfiguration.class) {
			return true;
		}
		AbstractJdbcConfiguration plain = configuration;
		if (type != configuration.getClass()) {
			try {
				plain = (AbstractJdbcConfiguration) BeanUtils.instantiateClass(type);
			}
			catch (BeanInstantiationException ex) {
				return true;
			}
		}
		return plain.jdbcMappingContext(Optional.ofNullable(naming), conversions, RelationalManagedTypes.empty())
			.isForceQuote();
	}

	private static JdbcDialect dialect(ApplicationContext application,
			@Nullable AbstractJdbcConfiguration configuration, DataSource dataSource) {
		JdbcDialect own = ownBean(application, JdbcDialect.class);
		if (own != null) {
			return own;
		}
		if (configuration != null) {
			return configuration.jdbcDialect(new NamedParameterJdbcTemplate(dataSource));
		}
		return DialectResolver.getDialect(new JdbcTemplate(dataSource));
	}

	/**
	 * The single bean of a type when the application declares it itself, not through a
	 * Spring Data JDBC configuration (whose bean methods need the database initialized
	 * first).
	 */
	private static <T> @Nullable T ownBean(ApplicationContext application, Class<T> type) {
		String[] names = application.getBeanNamesForType(type, false, false);
		if (names.length != 1 || !(application instanceof ConfigurableApplicationContext configurable)) {
			return null;
		}
		ConfigurableListableBeanFactory beans = configurable.getBeanFactory();
		if (beans.containsBeanDefinition(names[0])) {
			BeanDefinition definition = beans.getBeanDefinition(names[0]);
			String factory = definition.getFactoryBeanName();
			if (factory != null && beans.isTypeMatch(factory, AbstractJdbcConfiguration.class)) {
				return null;
			}
		}
		return application.getBean(names[0], type);
	}

	/**
	 * The converters a Spring Data JDBC configuration declares: its protected
	 * {@code userConverters()}.
	 */
	private static List<?> userConverters(@Nullable AbstractJdbcConfiguration configuration) {
		if (configuration == null) {
			return List.of();
		}
		Method method = ReflectionUtils.findMethod(ClassUtils.getUserClass(configuration), "userConverters");
		if (method == null) {
			return List.of();
		}
		ReflectionUtils.makeAccessible(method);
		Object converters = ReflectionUtils.invokeMethod(method, configuration);
		return (converters instanceof List<?> list) ? list : List.of();
	}

}
