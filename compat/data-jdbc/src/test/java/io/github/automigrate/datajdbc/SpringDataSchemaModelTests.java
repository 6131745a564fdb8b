package io.github.automigrate.datajdbc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.data.annotation.Id;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;
import org.springframework.data.jdbc.core.mapping.schema.SpringDataTables;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import io.github.automigrate.mapping.MappedSchema;
import io.github.automigrate.mapping.jdbc.AggregateSchemaSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Spring Data JDBC's own schema model ({@code Tables.from}, behind its
 * {@code LiquibaseChangeSetWriter}) and AutoMigrate agree on table and column names where
 * Spring Data's model works at all: every class annotated {@code @Table}, simple types
 * only, every {@code List} annotated {@code @MappedCollection}. It fails on a child
 * without {@code @Table}, an embedded value, an enum and a {@code List} without
 * {@code @MappedCollection} (no type for its index column); AutoMigrate maps all four.
 */
class SpringDataSchemaModelTests {

	@ParameterizedTest
	@EnumSource(value = Databases.class, names = { "H2", "POSTGRESQL" })
	void tableAndColumnNamesAgreeWithSpringDatasOwnSchemaModel(Databases kind) {
		Databases.Database database = kind.create();
		try {
			MappedSchema mapped = AggregateSchemaSource.of(List.of(Shelf.class)).read(database.dataSource());
			Map<String, List<String>> ours = new LinkedHashMap<>();
			mapped.schema()
				.tables()
				.forEach((table) -> ours.put(table.name().name().text().toLowerCase(Locale.ROOT),
						table.columns()
							.stream()
							.map((column) -> column.name().text().toLowerCase(Locale.ROOT))
							.toList()));
			Map<String, List<String>> springData = new LinkedHashMap<>();
			SpringDataTables.of(context(Shelf.class))
				.forEach((table, columns) -> springData.put(table.toLowerCase(Locale.ROOT),
						columns.stream().map((column) -> column.toLowerCase(Locale.ROOT)).toList()));
			assertThat(ours.keySet()).containsExactlyInAnyOrderElementsOf(springData.keySet());
			springData.forEach((table, columns) -> assertThat(ours.get(table)).as(table)
				.containsExactlyInAnyOrderElementsOf(columns));
		}
		finally {
			database.drop().run();
		}
	}

	@Test
	void springDatasModelFailsWhereAutoMigrateMaps() {
		Databases.Database database = Databases.H2.create();
		try {
			for (Class<?> root : List.of(UntabledChild.class, WithEmbedded.class, WithEnum.class,
					UnannotatedList.class)) {
				assertThatException().as(root.getSimpleName()).isThrownBy(() -> SpringDataTables.of(context(root)));
				assertThat(AggregateSchemaSource.of(List.of(root)).read(database.dataSource()).schema().tables())
					.isNotEmpty();
			}
		}
		finally {
			database.drop().run();
		}
	}

	private static JdbcMappingContext context(Class<?> root) {
		JdbcMappingContext context = new JdbcMappingContext();
		context.getRequiredPersistentEntity(root);
		return context;
	}

	@Table
	record Shelf(@Id Long id, String name, Set<Slot> slots, @MappedCollection List<Book> books,
			@MappedCollection(idColumn = "shelf_ref", keyColumn = "position") List<Sticker> stickers) {
	}

	@Table
	record Slot(String code, Integer width) {
	}

	@Table
	record Book(String title) {
	}

	@Table
	record Sticker(String text) {
	}

	@Table
	record UnannotatedList(@Id Long id, List<Book> books) {
	}

	@Table
	record UntabledChild(@Id Long id, Set<Plain> plains) {
	}

	record Plain(String text) {
	}

	@Table
	record WithEmbedded(@Id Long id, @Embedded.Nullable(prefix = "home_") Spot home) {
	}

	record Spot(String street) {
	}

	@Table
	record WithEnum(@Id Long id, Mood mood) {
	}

	enum Mood {

		GLAD

	}

}
