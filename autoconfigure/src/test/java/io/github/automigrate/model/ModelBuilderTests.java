package io.github.automigrate.model;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Columns and tables built by name: what a builder leaves out, and copies that change one
 * part.
 */
class ModelBuilderTests {

	private static final ColumnType BIGINT = ColumnType.of(TypeKind.BIGINT);

	@Test
	void aColumnIsNullableAndPlainUnlessTheBuilderSaysOtherwise() {
		Column column = Column.builder("total", BIGINT).build();
		assertThat(column)
			.isEqualTo(new Column(new Identifier("total", false), BIGINT, true, false, false, null, null, null, null));
	}

	@Test
	void everyPartOfAColumnCanBeNamed() {
		Column column = Column.builder(new Identifier("Total", true), BIGINT)
			.nullable(false)
			.unique(true)
			.identity(true)
			.fallbackDefault(0)
			.origin("Order.total")
			.defaultExpression("42")
			.comment("the total")
			.build();
		assertThat(column).isEqualTo(new Column(new Identifier("Total", true), BIGINT, false, true, true, 0,
				"Order.total", "42", "the total"));
	}

	@Test
	void toBuilderKeepsEverythingItIsNotTold() {
		Column column = new Column(new Identifier("total", false), BIGINT, false, true, true, 0, "Order.total", "42",
				"the total");
		assertThat(column.toBuilder().build()).isEqualTo(column);
		assertThat(column.toBuilder().identity(false).build())
			.isEqualTo(new Column(column.name(), BIGINT, false, true, false, 0, "Order.total", "42", "the total"));
	}

	@Test
	void anActualColumnHasOnlyItsNameTypeAndNullability() {
		assertThat(Column.actual("TOTAL", BIGINT, false))
			.isEqualTo(new Column(new Identifier("TOTAL", false), BIGINT, false, false, false, null, null, null, null));
	}

	@Test
	void aTableIsBuiltInTheOrderItsPartsAreGiven() {
		Column id = Column.builder("id", BIGINT).nullable(false).build();
		Column owner = Column.builder("owner_id", BIGINT).build();
		Index index = new Index(new Identifier("idx_owner", false), List.of(owner.name()), false);
		ForeignKey foreignKey = new ForeignKey(new Identifier("fk_owner", false), List.of(owner.name()), name("owner"),
				List.of(id.name()));
		Table table = Table.builder(name("pet"))
			.column(id)
			.columns(List.of(owner))
			.primaryKey(List.of(id.name()))
			.index(index)
			.foreignKey(foreignKey)
			.origin("Pet")
			.build();
		assertThat(table).isEqualTo(new Table(name("pet"), List.of(id, owner), List.of(id.name()), List.of(index),
				List.of(foreignKey), "Pet"));
	}

	@Test
	void withersChangeOnlyTheirPart() {
		Column id = Column.builder("id", BIGINT).nullable(false).build();
		Index index = new Index(new Identifier("idx_id", false), List.of(id.name()), false);
		ForeignKey foreignKey = new ForeignKey(new Identifier("fk_self", false), List.of(id.name()), name("pet"),
				List.of(id.name()));
		Table table = new Table(name("pet"), List.of(id), List.of(id.name()), List.of(index), List.of(foreignKey),
				"Pet");
		assertThat(table.withName(name("animal"))).isEqualTo(
				new Table(name("animal"), List.of(id), List.of(id.name()), List.of(index), List.of(foreignKey), "Pet"));
		assertThat(table.withColumns(List.of())).isEqualTo(
				new Table(name("pet"), List.of(), List.of(id.name()), List.of(index), List.of(foreignKey), "Pet"));
		assertThat(table.withIndexes(List.of()))
			.isEqualTo(new Table(name("pet"), List.of(id), List.of(id.name()), List.of(), List.of(foreignKey), "Pet"));
		assertThat(table.withForeignKeys(List.of()))
			.isEqualTo(new Table(name("pet"), List.of(id), List.of(id.name()), List.of(index), List.of(), "Pet"));
	}

	@Test
	void aForeignKeyCanReferenceARenamedTable() {
		ForeignKey foreignKey = new ForeignKey(new Identifier("fk_owner", false),
				List.of(new Identifier("owner_id", false)), name("owner"), List.of(new Identifier("id", false)),
				ForeignKey.OnDelete.CASCADE);
		assertThat(foreignKey.withReferencedTable(name("person"))).isEqualTo(new ForeignKey(foreignKey.name(),
				foreignKey.columns(), name("person"), foreignKey.referencedColumns(), ForeignKey.OnDelete.CASCADE));
	}

	private static TableName name(String name) {
		return new TableName(null, new Identifier(name, false));
	}

}
