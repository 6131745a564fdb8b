package io.github.automigrate.datajdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.jdbc.core.JdbcTemplate;

import io.github.automigrate.autoconfigure.AutoMigrateRunner;
import io.github.automigrate.datajdbc.arrays.ArraysApplication;
import io.github.automigrate.datajdbc.arrays.ArraysApplication.Labelled;
import io.github.automigrate.datajdbc.more.MoreShapesApplication;
import io.github.automigrate.datajdbc.more.MoreShapesApplication.LineId;
import io.github.automigrate.datajdbc.more.MoreShapesApplication.Loan;
import io.github.automigrate.datajdbc.more.MoreShapesApplication.Member;
import io.github.automigrate.datajdbc.more.MoreShapesApplication.OrderLine;
import io.github.automigrate.datajdbc.more.MoreShapesApplication.Part;
import io.github.automigrate.datajdbc.more.MoreShapesApplication.Remark;
import io.github.automigrate.datajdbc.sqlite.SqliteDialect;
import io.github.automigrate.mapping.MappingException;
import io.github.automigrate.plan.Safety;
import io.github.automigrate.report.MigrationReport;
import io.github.automigrate.report.StatementReport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Composite ids, foreign keys for aggregate references (opted in) and collections of
 * simple values as arrays (not possible where Spring Data's dialect writes none), each
 * started on an empty database through the starter and judged by Spring Data JDBC's own
 * repositories; a second start executes nothing.
 */
class MoreShapesTests {

	@ParameterizedTest
	@EnumSource(Databases.class)
	void aCompositeIdIsThePrimaryKeyAndItsChildrenReferToAllItsColumns(Databases kind) {
		Databases.Database database = kind.create();
		try {
			try (ConfigurableApplicationContext context = start(MoreShapesApplication.class, database)) {
				MigrationReport report = lastReport(context);
				assertThat(report.outcome()).as(report.toString()).isEqualTo(MigrationReport.Outcome.APPLIED);
				compositeIdsRoundTrip(context, database);
				// No foreign key for a reference unless opted in: a loan of a member who
				// does not exist.
				context.getBean(MoreShapesApplication.Loans.class)
					.save(new Loan(null, "Dune", AggregateReference.to(999L)));
				assertThat(importedKeyColumns(database, "loan")).isEmpty();
			}
			try (ConfigurableApplicationContext context = start(MoreShapesApplication.class, database)) {
				MigrationReport report = lastReport(context);
				assertThat(report.executedCount()).as(report.toString()).isZero();
			}
		}
		finally {
			database.drop().run();
		}
	}

	@ParameterizedTest
	@EnumSource(Databases.class)
	void anAggregateReferenceGetsAForeignKeyWhenOptedIn(Databases kind) {
		Databases.Database database = kind.create();
		String optIn = "schema.automigrate.data-jdbc.reference-foreign-keys=true";
		try {
			try (ConfigurableApplicationContext context = start(MoreShapesApplication.class, database, optIn)) {
				MigrationReport report = lastReport(context);
				assertThat(report.outcome()).as(report.toString()).isEqualTo(MigrationReport.Outcome.APPLIED);
				Member member = context.getBean(MoreShapesApplication.Members.class).save(new Member(null, "Ada"));
				MoreShapesApplication.Loans loans = context.getBean(MoreShapesApplication.Loans.class);
				Loan loan = loans.save(new Loan(null, "Dune", AggregateReference.to(member.id())));
				assertThat(loans.findById(loan.id())).contains(loan);
				assertThatExceptionOfType(DataIntegrityViolationException.class)
					.isThrownBy(() -> loans.save(new Loan(null, "Emma", AggregateReference.to(member.id() + 999))));
				assertThat(importedKeyColumns(database, "loan")).containsExactly("member");
			}
			try (ConfigurableApplicationContext context = start(MoreShapesApplication.class, database, optIn)) {
				MigrationReport report = lastReport(context);
				assertThat(report.executedCount()).as(report.toString()).isZero();
			}
		}
		finally {
			database.drop().run();
		}
	}

	@ParameterizedTest
	@EnumSource(value = Databases.class, names = { "H2", "POSTGRESQL" })
	void collectionsOfSimpleValuesAreArrayColumnsWhereSpringDataWritesArrays(Databases kind) {
		Databases.Database database = kind.create();
		try {
			try (ConfigurableApplicationContext context = start(ArraysApplication.class, database)) {
				MigrationReport report = lastReport(context);
				assertThat(report.outcome()).as(report.toString()).isEqualTo(MigrationReport.Outcome.APPLIED);
				ArraysApplication.Labels labels = context.getBean(ArraysApplication.Labels.class);
				Labelled saved = labels.save(new Labelled(null, List.of("b", "a", "c"), new String[] { "x", "y" },
						Set.of(3, 1), List.of(10_000_000_000L, 2L)));
				Labelled loaded = labels.findById(saved.getId()).orElseThrow();
				assertThat(loaded).usingRecursiveComparison().isEqualTo(saved);
				assertThat(columnTypes(database, "labelled")).containsEntry("labels", Types.ARRAY)
					.containsEntry("codes", Types.ARRAY)
					.containsEntry("scores", Types.ARRAY)
					.containsEntry("counts", Types.ARRAY);
			}
			try (ConfigurableApplicationContext context = start(ArraysApplication.class, database)) {
				MigrationReport report = lastReport(context);
				assertThat(report.executedCount()).as(report.toString()).isZero();
				assertThat(report.drift()).isEmpty();
			}
		}
		finally {
			database.drop().run();
		}
	}

	@ParameterizedTest
	@EnumSource(value = Databases.class, names = "MARIADB")
	void collectionsOfSimpleValuesAreNotPossibleWhereTheDatabaseHasNoArrays(Databases kind) {
		Databases.Database database = kind.create();
		try {
			try (ConfigurableApplicationContext context = start(ArraysApplication.class, database)) {
				MigrationReport report = lastReport(context);
				assertThat(report.outcome()).as(report.toString()).isEqualTo(MigrationReport.Outcome.APPLIED);
				assertArraysNotPossible(report);
				assertThat(columnTypes(database, "labelled")).containsOnlyKeys("id");
				// The column is not there to write: the property must be mapped
				// otherwise.
				ArraysApplication.Labels labels = context.getBean(ArraysApplication.Labels.class);
				assertThatException()
					.isThrownBy(() -> labels.save(new Labelled(null, List.of("a"), null, Set.of(), List.of())));
			}
			try (ConfigurableApplicationContext context = start(ArraysApplication.class, database)) {
				MigrationReport report = lastReport(context);
				assertThat(report.outcome()).as(report.toString()).isEqualTo(MigrationReport.Outcome.UP_TO_DATE);
				assertThat(report.executedCount()).as(report.toString()).isZero();
				assertThat(report.drift()).isEmpty();
				assertArraysNotPossible(report);
			}
		}
		finally {
			database.drop().run();
		}
	}

	/**
	 * The report names each collection of simple values as not possible, with its class,
	 * property and what to do instead, and nothing else.
	 */
	private static void assertArraysNotPossible(MigrationReport report) {
		List<StatementReport> impossible = report.statements()
			.stream()
			.filter((statement) -> statement.safety() == Safety.NOT_POSSIBLE)
			.toList();
		// The application's dialect for SQLite names its columns in upper case.
		assertThat(impossible).as(report.toString())
			.extracting((statement) -> statement.change().toLowerCase(Locale.ROOT))
			.containsExactlyInAnyOrder("add column labelled.labels", "add column labelled.codes",
					"add column labelled.scores", "add column labelled.counts");
		assertThat(impossible).allSatisfy((statement) -> {
			assertThat(statement.sql()).isEmpty();
			assertThat(statement.status()).isEqualTo(StatementReport.Status.NOT_POSSIBLE);
			assertThat(statement.note()).startsWith(Labelled.class.getName() + ".")
				.contains("writes no arrays")
				.contains("@MappedCollection");
		});
		assertThat(impossible).extracting(StatementReport::note)
			.anySatisfy((note) -> assertThat(note).startsWith(Labelled.class.getName() + ".labels is a collection"));
	}

	private static void compositeIdsRoundTrip(ConfigurableApplicationContext context, Databases.Database database) {
		MoreShapesApplication.OrderLines lines = context.getBean(MoreShapesApplication.OrderLines.class);
		OrderLine line = lines.save(new OrderLine(new LineId("A-1", 2), null, "pen",
				List.of(new Part("cap"), new Part("nib")), Set.of(new Remark("blue"))));
		assertThat(lines.findById(new LineId("A-1", 2))).contains(line);
		OrderLine other = lines.save(new OrderLine(new LineId("A-1", 3), null, "ink", List.of(), Set.of()));
		OrderLine changed = lines.save(new OrderLine(line.id(), line.version(), "pen", List.of(new Part("nib")),
				Set.of(new Remark("red"), new Remark("thin"))));
		assertThat(lines.findById(line.id())).contains(changed);
		assertThat(lines.findById(other.id())).contains(other);
		JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
		List<Map<String, Object>> parts = jdbc
			.queryForList("select order_line_order_no as o, order_line_line_no as l, order_line_key as k from part");
		assertThat(parts).hasSize(1);
		assertThat(lower(parts.get(0))).containsEntry("o", "A-1").containsEntry("k", 0);
		assertThat(((Number) lower(parts.get(0)).get("l")).intValue()).isEqualTo(2);
		assertThat(primaryKey(database, "order_line")).containsExactly("order_no", "line_no");
		assertThat(importedKeyColumns(database, "remark")).containsExactlyInAnyOrder("order_line_order_no",
				"order_line_line_no");
	}

	private static ConfigurableApplicationContext start(Class<?> application, Databases.Database database,
			String... properties) {
		return new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
			.properties(database.properties(properties))
			.run();
	}

	private static ConfigurableApplicationContext startOnSqlite(Class<?> application, String url,
			String... properties) {
		return new SpringApplicationBuilder(application, SqliteDialectConfiguration.class).web(WebApplicationType.NONE)
			.properties("spring.datasource.url=" + url)
			.properties(properties)
			.run();
	}

	@Test
	void onSqliteWithTheApplicationsDialectCompositeIdsAndReferenceKeysAsElsewhereArraysNotPossible(
			@TempDir Path directory) {
		// The driver checks foreign keys only when asked to.
		String url = "jdbc:sqlite:" + directory.resolve("more.db") + "?foreign_keys=true";
		Databases.Database database = new Databases.Database(url, "", "", () -> {
		});
		String optIn = "schema.automigrate.data-jdbc.reference-foreign-keys=true";
		try (ConfigurableApplicationContext context = startOnSqlite(MoreShapesApplication.class, url, optIn)) {
			MigrationReport report = lastReport(context);
			assertThat(report.outcome()).as(report.toString()).isEqualTo(MigrationReport.Outcome.APPLIED);
			compositeIdsRoundTrip(context, database);
			Member member = context.getBean(MoreShapesApplication.Members.class).save(new Member(null, "Ada"));
			MoreShapesApplication.Loans loans = context.getBean(MoreShapesApplication.Loans.class);
			Loan loan = loans.save(new Loan(null, "Dune", AggregateReference.to(member.id())));
			assertThat(loans.findById(loan.id())).contains(loan);
			// SQLite's error is not translated to a DataIntegrityViolationException.
			assertThatException()
				.isThrownBy(() -> loans.save(new Loan(null, "Emma", AggregateReference.to(member.id() + 999))))
				.withMessageContaining("FOREIGN KEY");
			assertThat(importedKeyColumns(database, "loan")).containsExactly("member");
		}
		try (ConfigurableApplicationContext context = startOnSqlite(MoreShapesApplication.class, url, optIn)) {
			MigrationReport report = lastReport(context);
			assertThat(report.executedCount()).as(report.toString()).isZero();
		}
		// Spring Data's dialect for SQLite (the application's) writes no arrays.
		String arraysUrl = "jdbc:sqlite:" + directory.resolve("arrays.db");
		Databases.Database arrays = new Databases.Database(arraysUrl, "", "", () -> {
		});
		for (MigrationReport.Outcome outcome : List.of(MigrationReport.Outcome.APPLIED,
				MigrationReport.Outcome.UP_TO_DATE)) {
			try (ConfigurableApplicationContext context = startOnSqlite(ArraysApplication.class, arraysUrl)) {
				MigrationReport report = lastReport(context);
				assertThat(report.outcome()).as(report.toString()).isEqualTo(outcome);
				assertThat(report.executedCount() == 0).isEqualTo(outcome == MigrationReport.Outcome.UP_TO_DATE);
				assertThat(report.drift()).isEmpty();
				assertArraysNotPossible(report);
				assertThat(columnTypes(arrays, "labelled")).containsOnlyKeys("id");
			}
		}
	}

	private static MigrationReport lastReport(ConfigurableApplicationContext context) {
		return context.getBean(AutoMigrateRunner.class).getLastReport().orElseThrow();
	}

	private static MappingException cause(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof MappingException mapping) {
				return mapping;
			}
		}
		throw new AssertionError("No MappingException in the causes", ex);
	}

	private static Map<String, Object> lower(Map<String, Object> row) {
		Map<String, Object> lower = new java.util.HashMap<>();
		row.forEach((key, value) -> lower.put(key.toLowerCase(Locale.ROOT),
				(value instanceof Number number && !(value instanceof Integer)) ? number.intValue() : value));
		return lower;
	}

	/** The primary key's columns in key order, lower case. */
	private static List<String> primaryKey(Databases.Database database, String table) {
		return metadata(database, (meta, catalog) -> {
			List<String> columns = new ArrayList<>();
			List<Short> positions = new ArrayList<>();
			try (ResultSet rows = meta.getPrimaryKeys(catalog, null, tableName(meta, catalog, table))) {
				while (rows.next()) {
					columns.add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
					positions.add(rows.getShort("KEY_SEQ"));
				}
			}
			List<String> ordered = new ArrayList<>(columns);
			for (int i = 0; i < columns.size(); i++) {
				ordered.set(positions.get(i) - 1, columns.get(i));
			}
			return ordered;
		});
	}

	private static List<String> importedKeyColumns(Databases.Database database, String table) {
		return metadata(database, (meta, catalog) -> {
			List<String> columns = new ArrayList<>();
			try (ResultSet rows = meta.getImportedKeys(catalog, null, tableName(meta, catalog, table))) {
				while (rows.next()) {
					columns.add(rows.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
				}
			}
			return columns;
		});
	}

	private static Map<String, Integer> columnTypes(Databases.Database database, String table) {
		return metadata(database, (meta, catalog) -> {
			Map<String, Integer> types = new java.util.HashMap<>();
			String name = tableName(meta, catalog, table);
			if (name == null) {
				return types;
			}
			try (ResultSet rows = meta.getColumns(catalog, null, name, "%")) {
				while (rows.next()) {
					types.put(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), rows.getInt("DATA_TYPE"));
				}
			}
			return types;
		});
	}

	/** The table's name as the database stores it (upper case on H2). */
	private static String tableName(DatabaseMetaData meta, String catalog, String table) throws SQLException {
		try (ResultSet rows = meta.getTables(catalog, null, "%", new String[] { "TABLE" })) {
			while (rows.next()) {
				String name = rows.getString("TABLE_NAME");
				if (name.equalsIgnoreCase(table)) {
					return name;
				}
			}
		}
		return null;
	}

	private static <T> T metadata(Databases.Database database, MetadataQuery<T> query) {
		try (Connection connection = database.dataSource().getConnection()) {
			return query.run(connection.getMetaData(), connection.getCatalog());
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The application's own dialect, as a SQLite application declares it. */
	@Configuration(proxyBeanMethods = false)
	static class SqliteDialectConfiguration {

		@Bean
		JdbcDialect sqliteDialect() {
			return SqliteDialect.INSTANCE;
		}

	}

	private interface MetadataQuery<T> {

		T run(DatabaseMetaData meta, String catalog) throws SQLException;

	}

}
