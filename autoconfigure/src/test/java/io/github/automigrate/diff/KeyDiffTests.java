package io.github.automigrate.diff;

import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import io.github.automigrate.model.Column;
import io.github.automigrate.model.ColumnType;
import io.github.automigrate.model.ForeignKey;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Index;
import io.github.automigrate.model.Schema;
import io.github.automigrate.model.Table;
import io.github.automigrate.model.TableName;
import io.github.automigrate.model.TypeKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The differ on keys, without a database.
 */
class KeyDiffTests {

	@Test
	void newTablesComeReferencedFirstAndForeignKeysAfterAllTablesEvenInACycle() {
		Table a = table("a", List.of(), List.of(fk("fk_a_b", "b_id", "b")));
		Table b = table("b", List.of(), List.of(fk("fk_b_a", "a_id", "a")));
		Table c = table("c", List.of(), List.of(fk("fk_c_a", "a_id", "a")));
		SchemaDiff diff = new SchemaDiffer().diff(new Schema(List.of(c, a, b), List.of()),
				new Schema(List.of(), List.of()));
		assertThat(diff.changes()).extracting(SchemaChange::description)
			.containsExactly("create table b", "create table a", "create table c", "add foreign key c.fk_c_a",
					"add foreign key a.fk_a_b", "add foreign key b.fk_b_a");
	}

	@Test
	void inlineForeignKeysMakeNoChangesOfTheirOwnForNewTables() {
		Table c = table("c", List.of(), List.of(fk("fk_c_a", "a_id", "a")));
		SchemaDiff diff = new SchemaDiffer(UnaryOperator.identity(), new KeySupport(true, true, true))
			.diff(new Schema(List.of(c), List.of()), new Schema(List.of(), List.of()));
		assertThat(diff.changes()).extracting(SchemaChange::description).containsExactly("create table c");
	}

	@Test
	void indexUnderAnotherNameWithTheSameColumnsIsRecognisedAndExtrasAreDrift() {
		Table expected = table("t", List.of(new Index(id("UKabc"), List.of(id("a_id")), true),
				new Index(id("idx_b"), List.of(id("b_id")), false)), List.of(fk("FKx", "a_id", "a")));
		Table actual = table("t",
				List.of(new Index(id("CONSTRAINT_7"), List.of(id("A_ID")), true),
						new Index(id("dba_extra"), List.of(id("b_id"), id("a_id")), false)),
				List.of(fk("sqlite_fk_0", "a_id", "a"), fk("fk_other", "b_id", "b")));
		SchemaDiff diff = new SchemaDiffer().diff(new Schema(List.of(expected), List.of()),
				new Schema(List.of(actual), List.of()));
		assertThat(diff.changes()).extracting(SchemaChange::description).containsExactly("create index t.idx_b");
		assertThat(diff.drift()).extracting(Drift::kind)
			.containsExactlyInAnyOrder(Drift.Kind.EXTRA_INDEX, Drift.Kind.EXTRA_FOREIGN_KEY);
	}

	@Test
	void keysAreNotComparedWhenTheDatabaseCannotReadThem() {
		Table expected = table("t", List.of(new Index(id("idx_b"), List.of(id("b_id")), false)),
				List.of(fk("FKx", "a_id", "a")));
		SchemaDiff diff = new SchemaDiffer(UnaryOperator.identity(), new KeySupport(false, false, false)).diff(
				new Schema(List.of(expected), List.of()),
				new Schema(List.of(table("t", List.of(), List.of())), List.of()));
		assertThat(diff.changes()).isEmpty();
	}

	private static Table table(String name, List<Index> indexes, List<ForeignKey> foreignKeys) {
		List<Column> columns = List.of(column("id"), column("a_id"), column("b_id"));
		return Table.builder(new TableName(null, id(name)))
			.columns(columns)
			.primaryKey(List.of(id("id")))
			.indexes(indexes)
			.foreignKeys(foreignKeys)
			.build();
	}

	private static ForeignKey fk(String name, String column, String table) {
		return new ForeignKey(id(name), List.of(id(column)), new TableName(null, id(table)), List.of(id("id")));
	}

	private static Column column(String name) {
		return Column.builder(name, ColumnType.of(TypeKind.BIGINT)).build();
	}

	private static Identifier id(String name) {
		return new Identifier(name, false);
	}

}
