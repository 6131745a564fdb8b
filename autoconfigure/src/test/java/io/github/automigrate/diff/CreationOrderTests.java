package io.github.automigrate.diff;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.automigrate.model.Table;
import io.github.automigrate.model.TypeKind;

import static io.github.automigrate.testsupport.ModelFixtures.column;
import static io.github.automigrate.testsupport.ModelFixtures.foreignKey;
import static io.github.automigrate.testsupport.ModelFixtures.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * The order new tables are created in, without a database. Each table is written
 * {@code name>referenced,...}.
 */
class CreationOrderTests {

	@ParameterizedTest
	@MethodSource
	void referencedTablesComeFirst(List<String> tables, List<String> order) {
		assertThat(CreationOrder.of(tables.stream().map(CreationOrderTests::parse).toList()))
			.extracting((table) -> table.name().toString())
			.containsExactlyElementsOf(order);
	}

	static Stream<Arguments> referencedTablesComeFirst() {
		return Stream.of(
				argumentSet("unrelated tables keep their order", List.of("b", "a", "c"), List.of("b", "a", "c")),
				argumentSet("a referenced table moves before its referrer", List.of("pet>owner", "owner"),
						List.of("owner", "pet")),
				argumentSet("a chain is created from its end", List.of("visit>pet", "pet>owner", "owner"),
						List.of("owner", "pet", "visit")),
				argumentSet("a table referenced twice is created once",
						List.of("visit>pet,vet", "pet>owner", "vet>owner", "owner"),
						List.of("owner", "pet", "vet", "visit")),
				argumentSet("a table that references itself", List.of("employee>employee"), List.of("employee")),
				argumentSet("a reference to a table that exists already", List.of("pet>owner"), List.of("pet")),
				argumentSet("a cycle of two is cut where it is met", List.of("team>player", "player>team"),
						List.of("player", "team")),
				argumentSet("a cycle of three is cut where it is met", List.of("a>b", "b>c", "c>a", "d>a"),
						List.of("c", "b", "a", "d")),
				argumentSet("a table named twice is created once", List.of("pet", "owner", "PET"),
						List.of("pet", "owner")));
	}

	/**
	 * A table from {@code name>referenced,...}: one foreign key column per referenced
	 * table.
	 */
	private static Table parse(String spec) {
		String[] parts = spec.split(">");
		Table.Builder table = table(parts[0]);
		if (parts.length > 1) {
			Arrays.stream(parts[1].split(","))
				.forEach((referenced) -> table.column(column(referenced + "_id", TypeKind.BIGINT))
					.foreignKey(foreignKey("fk_" + parts[0] + "_" + referenced, referenced + "_id", referenced)));
		}
		return table.build();
	}

}
