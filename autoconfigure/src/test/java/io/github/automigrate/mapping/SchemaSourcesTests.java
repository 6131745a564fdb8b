package io.github.automigrate.mapping;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.github.automigrate.dialect.Dialect;
import io.github.automigrate.dialect.H2Dialect;
import io.github.automigrate.dialect.PostgreSqlDialect;
import io.github.automigrate.dialect.SqliteDialect;
import io.github.automigrate.model.Column;
import io.github.automigrate.model.ColumnType;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Schema;
import io.github.automigrate.model.Table;
import io.github.automigrate.model.TableName;
import io.github.automigrate.model.TypeKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SchemaSourcesTests {

	private final DataSource dataSource = new DriverManagerDataSource(
			"jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");

	@Test
	void aTableTwoSourcesMapIdenticallyCountsOnce() {
		MappedSchema merged = new SchemaSources(
				List.of(source("JPA entities", orders("com.example.Order", TypeKind.BIGINT)),
						source("Spring Data JDBC aggregates", orders("com.example.OrderAggregate", TypeKind.BIGINT))))
			.read(this.dataSource);
		assertThat(merged.schema().tables()).singleElement()
			.satisfies((table) -> assertThat(table.origin()).isEqualTo("com.example.Order"));
	}

	@Test
	void twoSourcesMappingOneTableDifferentlyNameBothSourcesAndBothOrigins() {
		SchemaSources sources = new SchemaSources(
				List.of(source("JPA entities", orders("com.example.Order", TypeKind.BIGINT)),
						source("Spring Data JDBC aggregates", orders("com.example.OrderAggregate", TypeKind.INTEGER))));
		MappingException failure = catchThrowableOfType(MappingException.class, () -> sources.read(this.dataSource));
		assertThat(failure.getOrigin()).contains("JPA entities", "com.example.Order", "Spring Data JDBC aggregates",
				"com.example.OrderAggregate");
		assertThat(failure.getProblem()).contains("orders", "differently", "id");
		assertThat(failure.getAction()).isNotBlank();
	}

	@Test
	void aQuotedNameAndAnUnquotedOneAreOneColumnWhereTheDatabaseFoldsThemToOneName() {
		for (Dialect dialect : List.of(new H2Dialect(""), new SqliteDialect(""))) {
			MappedSchema merged = new SchemaSources(
					List.of(source("JPA entities", orders("com.example.Order", new Identifier("id", false))),
							source("Spring Data JDBC aggregates",
									orders("com.example.OrderAggregate", new Identifier("ID", true)))),
					() -> dialect::nameKey)
				.read(this.dataSource);
			assertThat(merged.schema().tables()).as(dialect.name()).singleElement();
		}
	}

	@Test
	void aQuotedNameAndAnUnquotedOneAreTwoColumnsWhereTheDatabaseFoldsThemApart() {
		Dialect postgresql = new PostgreSqlDialect("");
		SchemaSources sources = new SchemaSources(
				List.of(source("JPA entities", orders("com.example.Order", new Identifier("id", false))),
						source("Spring Data JDBC aggregates",
								orders("com.example.OrderAggregate", new Identifier("ID", true)))),
				() -> postgresql::nameKey);
		MappingException failure = catchThrowableOfType(MappingException.class, () -> sources.read(this.dataSource));
		assertThat(failure.getOrigin()).contains("com.example.Order", "com.example.OrderAggregate");
		assertThat(failure.getProblem()).contains("differently", "id BIGINT not null in the first",
				"\"ID\" BIGINT not null in the second", "two names to this database");
		// Quoted as PostgreSQL folds it, the two are one column again.
		assertThat(new SchemaSources(
				List.of(source("JPA entities", orders("com.example.Order", new Identifier("id", false))),
						source("Spring Data JDBC aggregates",
								orders("com.example.OrderAggregate", new Identifier("id", true)))),
				() -> postgresql::nameKey)
			.read(this.dataSource)
			.schema()
			.tables()).singleElement();
	}

	@Test
	void oneSourceDoesNotAskTheDatabaseHowItComparesNames() {
		MappedSchema read = new SchemaSources(
				List.of(source("JPA entities", orders("com.example.Order", TypeKind.BIGINT)),
						source("Spring Data JDBC aggregates", MappedSchema.empty())),
				() -> {
					throw new AssertionError("asked");
				})
			.read(this.dataSource);
		assertThat(read.schema().tables()).singleElement();
	}

	@Test
	void tablesWarningsClassesAndRuntimeTablesOfEverySourceAreKeptInOrder() {
		MappedSchema first = new MappedSchema(
				new Schema(List.of(table("orders", "com.example.Order", TypeKind.BIGINT)), List.of()),
				List.of("first warning"), List.of("com.example.Order"), Set.of("hte_"));
		MappedSchema second = new MappedSchema(
				new Schema(List.of(table("invoices", "com.example.Invoice", TypeKind.BIGINT)), List.of()),
				List.of("second warning"), List.of("com.example.Invoice"));
		MappedSchema merged = new SchemaSources(List.of(source("first", first), source("second", second)))
			.read(this.dataSource);
		assertThat(merged.schema().tables()).extracting((table) -> table.name().name().text())
			.containsExactly("orders", "invoices");
		assertThat(merged.warnings()).containsExactly("first warning", "second warning");
		assertThat(merged.entities()).containsExactly("com.example.Order", "com.example.Invoice");
		assertThat(merged.runtimeTablePrefixes()).containsExactly("hte_");
	}

	@Test
	void sourcesThatFoundNothingMergeIntoAnEmptySchema() {
		SchemaSources sources = new SchemaSources(List.of(source("JPA entities", MappedSchema.empty())));
		assertThat(sources.read(this.dataSource).isEmpty()).isTrue();
		assertThat(new SchemaSources(List.of()).read(this.dataSource).isEmpty()).isTrue();
		assertThat(new SchemaSources(List.of()).names()).isEqualTo("none");
	}

	private static MappedSchema orders(String origin, TypeKind idType) {
		return new MappedSchema(new Schema(List.of(table("orders", origin, idType)), List.of()), List.of(),
				List.of(origin));
	}

	private static MappedSchema orders(String origin, Identifier idName) {
		return new MappedSchema(new Schema(List.of(table("orders", origin, TypeKind.BIGINT, idName)), List.of()),
				List.of(), List.of(origin));
	}

	private static Table table(String name, String origin, TypeKind idType) {
		return table(name, origin, idType, new Identifier("id", false));
	}

	private static Table table(String name, String origin, TypeKind idType, Identifier idName) {
		Column id = new Column(idName, ColumnType.of(idType), false, false, false, null, origin + ".id", null, null);
		return new Table(new TableName(null, new Identifier(name, false)), List.of(id), List.of(idName), origin);
	}

	private static SchemaSource source(String name, MappedSchema schema) {
		return new SchemaSource() {

			@Override
			public String name() {
				return name;
			}

			@Override
			public MappedSchema read(DataSource dataSource) {
				return schema;
			}

		};
	}

}
