package io.github.automigrate.introspect;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import io.github.automigrate.dialect.PostgreSqlDialect;
import io.github.automigrate.testsupport.ServerDatabases;
import io.github.automigrate.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL's catalog fingerprint hashes each catalog row from its values, each seeded
 * with where it sits: every change made by hand that the comparison would see changes it,
 * including changes that only move values between columns or tables.
 */
class PostgreSqlCatalogFingerprintIntegrationTests {

	private final TestDatabase database = ServerDatabases.postgresql();

	private JdbcTemplate jdbc;

	private CatalogFingerprint fingerprint;

	@BeforeEach
	void createDatabase() {
		this.jdbc = new JdbcTemplate(this.database.create());
		this.fingerprint = new CatalogFingerprint(this.jdbc, new PostgreSqlDialect(""));
	}

	@AfterEach
	void dropDatabase() {
		this.database.dropAll();
	}

	@Test
	void everyChangeByHandThatTheComparisonSeesChangesTheFingerprint() {
		this.jdbc.execute("create table parent (id bigint primary key, code varchar(20) not null unique)");
		this.jdbc.execute("create table other (id bigint primary key)");
		this.jdbc.execute("create table child (id bigint primary key, a integer, b bigint not null,"
				+ " name varchar(40), note varchar(40), parent_id bigint,"
				+ " constraint fk_child_parent foreign key (parent_id) references parent (id))");
		this.jdbc.execute("create index idx_child_name on child (name)");
		String before = read();
		assertThat(read()).as("an unchanged catalog").isEqualTo(before);
		List<List<String>> changes = List.of(List.of("alter table child rename column note to remark"),
				List.of("alter table child alter column name type varchar(41)"),
				List.of("alter table child alter column a type bigint"),
				List.of("alter table child alter column a set not null, alter column b drop not null"),
				// the two columns swap their names: no name and no type is new
				List.of("alter table child rename column a to t", "alter table child rename column b to a",
						"alter table child rename column t to b"),
				// the two columns swap their nullability
				List.of("alter table child alter column a set not null, alter column b drop not null"),
				List.of("alter table child add column x integer, add column y bigint"),
				// the two columns swap their types
				List.of("alter table child alter column x type bigint, alter column y type integer"),
				List.of("drop index idx_child_name"), List.of("create index idx_child_name on child (remark)"),
				List.of("alter index idx_child_name rename to idx_child_remark"),
				List.of("alter table child drop constraint fk_child_parent"),
				List.of("alter table child add constraint fk_child_parent foreign key (parent_id) references other (id)"),
				List.of("alter table other rename to other_renamed"), List.of("create sequence child_seq"),
				List.of("alter table parent drop constraint parent_code_key"));
		String previous = before;
		for (List<String> change : changes) {
			change.forEach(this.jdbc::execute);
			String now = read();
			assertThat(now).as("after %s", change).isNotEqualTo(previous);
			previous = now;
		}
	}

	private String read() {
		Optional<String> read = this.fingerprint.read(List.of());
		assertThat(read).isPresent();
		return read.get();
	}

}
