package io.github.automigrate.introspect;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import io.github.automigrate.dialect.Dialect;
import io.github.automigrate.dialect.DialectResolver;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Schema;
import io.github.automigrate.testsupport.ServerDatabases;
import io.github.automigrate.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On PostgreSQL columns are read with a catalog query instead of the driver's much slower
 * {@code getColumns}: it must read every kind of column exactly as the driver's answer
 * would have been read.
 */
class PostgreSqlCatalogColumnsTests {

	private final TestDatabase database = ServerDatabases.postgresql();

	@AfterEach
	void drop() {
		this.database.dropAll();
	}

	@Test
	void readsEveryColumnAsTheDriversGetColumnsWould() {
		DataSource dataSource = this.database.create();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.execute("create domain positive_int as integer check (value > 0)");
		jdbc.execute("create type mood as enum ('sad', 'happy')");
		String columns = "(a varchar, b varchar(80) not null, c numeric, d numeric(12,2), e char(3), f text,"
				+ " g timestamp(3), h timestamptz, i float4, j float8, k int2, l int4 not null, m int8, n bool,"
				+ " o bytea, p uuid, q jsonb, r int4[], s positive_int, u mood, v time, w date, x oid, y serial,"
				+ " z bit(3), z1 bit(1), aa \"char\", ab interval, ac money, ad xml, ae json, af varchar(10)[],"
				+ " ag timetz, ah numeric(5), ai smallserial, aj bigserial, ak varbit(4), al inet, am point)";
		jdbc.execute("create table kinds " + columns);
		jdbc.execute("create table partitioned (id int8 not null, at date not null) partition by range (at)");
		jdbc.execute("create table dropped (id int8, gone varchar(10), kept int4)");
		jdbc.execute("alter table dropped drop column gone");
		jdbc.execute("create schema other");
		jdbc.execute("create table other.kinds " + columns);
		jdbc.execute("create table other.elsewhere (id int8)");
		Dialect dialect = jdbc
			.execute((ConnectionCallback<Dialect>) (connection) -> DialectResolver.resolve(connection.getMetaData()));
		assertThat(Catalog.of(dialect).columns()).isPresent();
		List<Identifier> schemas = List.of(new Identifier("other", false));
		Schema catalog = new SchemaIntrospector(jdbc, dialect).read(schemas);
		Schema driver = new SchemaIntrospector(jdbc, dialect, withoutColumnsQuery(Catalog.of(dialect))).read(schemas);
		assertThat(catalog.tables()).hasSize(4);
		assertThat(catalog.tables().get(1).columns()).hasSizeGreaterThan(30);
		assertThat(catalog).isEqualTo(driver);
	}

	/** The same catalog, reading columns with {@code DatabaseMetaData.getColumns}. */
	private static Catalog withoutColumnsQuery(Catalog catalog) {
		return (Catalog) Proxy.newProxyInstance(Catalog.class.getClassLoader(), new Class<?>[] { Catalog.class },
				(proxy, method, arguments) -> {
					if (method.getName().equals("columns")) {
						return Optional.empty();
					}
					try {
						return method.invoke(catalog, arguments);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

}
