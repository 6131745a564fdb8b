package io.github.automigrate.diff;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.github.automigrate.model.Column;
import io.github.automigrate.model.ColumnType;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Schema;
import io.github.automigrate.model.Table;
import io.github.automigrate.model.TableName;
import io.github.automigrate.model.TypeKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tables a mapping front-end's runtime makes by itself are no drift when, and only
 * when, the front-end names their prefixes: the differ knows no front-end.
 */
class RuntimeTablesTests {

	private final Schema actual = new Schema(List.of(table("HTE_orders"), table("ht_orders"), table("history")),
			List.of());

	private final Schema expected = new Schema(List.of(), List.of());

	@Test
	void tablesWithThePrefixesTheFrontEndNamesAreNoDrift() {
		SchemaDiff diff = new SchemaDiffer().withRuntimeTablePrefixes(Set.of("hte_", "HT_"))
			.diff(this.expected, this.actual);
		assertThat(diff.drift()).extracting(Drift::object).containsExactly("history");
	}

	@Test
	void withoutPrefixesEveryUnmappedTableIsDrift() {
		SchemaDiff diff = new SchemaDiffer().diff(this.expected, this.actual);
		assertThat(diff.drift()).extracting(Drift::object).containsExactly("HTE_orders", "ht_orders", "history");
	}

	private static Table table(String name) {
		return new Table(new TableName(null, new Identifier(name, false)),
				List.of(Column.actual("id", ColumnType.of(TypeKind.BIGINT), false)), List.of(), null);
	}

}
