package io.github.automigrate.datajdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import io.github.automigrate.datajdbc.toolong.TooLongApplication;
import io.github.automigrate.mapping.MappingException;
import io.github.automigrate.mapping.jdbc.AggregateSchemaSource;
import io.github.automigrate.model.ExpectedSchemaException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What cannot be mapped stops the read with a message naming the class and the property.
 */
class MappingErrorTests {

	@Test
	void aSetBelowTheElementsOfAnIdlessListIsRefusedAsSpringDataCannotLoadIt() {
		assertRefused(SetInList.class, SetInList.class.getName() + ".steps.tools", "spring-data-relational#2061");
	}

	@Test
	void aSingleEntityBelowTheElementsOfAnIdlessListIsRefused() {
		assertRefused(OneInList.class, OneInList.class.getName() + ".steps.tool", "spring-data-relational#2061");
	}

	@Test
	void rowsBelowTheElementsOfAnIdlessSetAreRefused() {
		assertRefused(ListInSet.class, ListInSet.class.getName() + ".groups.tools",
				"cannot tell which element its rows belong to");
		assertRefused(OneInSet.class, OneInSet.class.getName() + ".groups.tool",
				"cannot tell which element its rows belong to");
	}

	private static void assertRefused(Class<?> root, String origin, String reason) {
		Databases.Database database = Databases.H2.create();
		try {
			assertThatExceptionOfType(MappingException.class)
				.isThrownBy(() -> AggregateSchemaSource.of(List.of(root)).read(database.dataSource()))
				.satisfies((ex) -> assertThat(ex.getOrigin()).isEqualTo(origin))
				.withMessageContaining(reason)
				.withMessageContaining("has no @Id");
		}
		finally {
			database.drop().run();
		}
	}

	@Test
	void aShapeSpringDataRejectsIsNamedWithItsClassAndProperty() {
		Databases.Database database = Databases.H2.create();
		try {
			assertThatExceptionOfType(MappingException.class)
				.isThrownBy(() -> AggregateSchemaSource.of(List.of(TwoIds.class)).read(database.dataSource()))
				.satisfies((ex) -> assertThat(ex.getOrigin()).startsWith(TwoIds.class.getName()))
				.withMessageContaining("Spring Data JDBC cannot map it")
				.withMessageContaining("second");
		}
		finally {
			database.drop().run();
		}
	}

	@ParameterizedTest
	@EnumSource(value = Databases.class, names = { "POSTGRESQL", "MARIADB" })
	void aColumnNameTooLongForTheDatabaseStopsTheStartNamingTheClassAndProperty(Databases kind) {
		Databases.Database database = kind.create();
		try {
			assertThatException()
				.isThrownBy(() -> new SpringApplicationBuilder(TooLongApplication.class).web(WebApplicationType.NONE)
					.properties(database.properties())
					.run()
					.close())
				.satisfies((ex) -> {
					ExpectedSchemaException cause = cause(ex);
					assertThat(cause.getOrigin()).isEqualTo(TooLongApplication.Reading.class.getName()
							+ ".theNumberOfTimesThisVeryParticularReadingWasTakenByTheMeterReader");
					assertThat(cause.getProblem()).contains("78 characters");
					assertThat(cause.getAction()).contains("@Column");
				});
			assertThat(tables(database)).isZero();
		}
		finally {
			database.drop().run();
		}
	}

	private static ExpectedSchemaException cause(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ExpectedSchemaException expected) {
				return expected;
			}
		}
		throw new AssertionError("No ExpectedSchemaException in the causes", ex);
	}

	private static int tables(Databases.Database database) {
		try (Connection connection = database.dataSource().getConnection();
				ResultSet rows = connection.getMetaData()
					.getTables(connection.getCatalog(), null, "%reading%", new String[] { "TABLE" })) {
			int count = 0;
			while (rows.next()) {
				count++;
			}
			return count;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Table
	record TwoIds(@Id Long first, @Id Long second) {
	}

	@Table
	record SetInList(@Id Long id, List<Step> steps) {
	}

	record Step(String name, java.util.Set<Tool> tools) {
	}

	record Tool(String name) {
	}

	@Table
	record OneInList(@Id Long id, List<Stage> steps) {
	}

	record Stage(String name, Tool tool) {
	}

	@Table
	record ListInSet(@Id Long id, java.util.Set<Group> groups) {
	}

	record Group(String name, List<Tool> tools) {
	}

	@Table
	record OneInSet(@Id Long id, java.util.Set<Team> groups) {
	}

	record Team(String name, Tool tool) {
	}

}
