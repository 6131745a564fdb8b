package io.github.automigrate.diff;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.automigrate.model.ColumnType;
import io.github.automigrate.model.Schema;
import io.github.automigrate.model.Sequence;
import io.github.automigrate.model.Table;
import io.github.automigrate.model.TypeKind;

import static io.github.automigrate.testsupport.ModelFixtures.column;
import static io.github.automigrate.testsupport.ModelFixtures.foreignKey;
import static io.github.automigrate.testsupport.ModelFixtures.index;
import static io.github.automigrate.testsupport.ModelFixtures.name;
import static io.github.automigrate.testsupport.ModelFixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The differ, table-driven and without a database: an expected and an actual schema in,
 * the changes it makes and the drift it leaves alone out.
 */
class SchemaDifferTests {

	private static final ColumnType VARCHAR_100 = ColumnType.ofLength(TypeKind.VARCHAR, 100);

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void findsWhatIsMissing(Case diff) {
		SchemaDiff result = new SchemaDiffer().diff(diff.expected(), diff.actual());
		assertThat(result.changes()).extracting(SchemaChange::description).containsExactlyElementsOf(diff.changes());
		assertThat(result.drift()).isEmpty();
	}

	static Stream<Case> findsWhatIsMissing() {
		Table owner = table("owner").build();
		Table pet = table("pet", column("owner_id", TypeKind.BIGINT))
			.foreignKey(foreignKey("fk_pet_owner", "owner_id", "owner"))
			.build();
		Table petWithoutKey = table("pet", column("owner_id", TypeKind.BIGINT)).build();
		Table tagged = table("pet", column("tag", VARCHAR_100).build()).index(index("idx_tag", false, "tag")).build();
		Sequence sequence = new Sequence(name("pet_seq"), 1, 50);
		return Stream.of(new Case("nothing when the schemas match", schema(owner, pet), schema(owner, pet), List.of()),
				new Case("a missing table", schema(owner), schema(), List.of("create table owner")),
				new Case("a missing column", schema(table("owner", column("nickname", VARCHAR_100).build()).build()),
						schema(owner), List.of("add column owner.nickname")),
				new Case("a missing column matched without regard to case",
						schema(table("owner", column("nickname", VARCHAR_100).build()).build()),
						schema(table("OWNER", column("NICKNAME", VARCHAR_100).build()).build()), List.of()),
				new Case("a missing sequence", new Schema(List.of(), List.of(sequence)), schema(),
						List.of("create sequence pet_seq")),
				new Case("a sequence present as Hibernate's fallback table", new Schema(List.of(), List.of(sequence)),
						schema(table("pet_seq").build()), List.of()),
				new Case("a missing index", schema(tagged),
						schema(table("pet", column("tag", VARCHAR_100).build()).build()),
						List.of("create index pet.idx_tag")),
				new Case("a missing unique constraint",
						schema(table("pet", column("tag", VARCHAR_100).build()).index(index("uk_tag", true, "tag"))
							.build()),
						schema(table("pet", column("tag", VARCHAR_100).build()).build()),
						List.of("add unique constraint pet.uk_tag")),
				new Case("an index made by a DBA under another name", schema(tagged),
						schema(table("pet", column("tag", VARCHAR_100).build()).index(index("dba_tag", false, "TAG"))
							.build()),
						List.of()),
				new Case("a missing foreign key on an existing table", schema(owner, pet), schema(owner, petWithoutKey),
						List.of("add foreign key pet.fk_pet_owner")),
				new Case("new tables: sequence, tables referenced first, columns, then foreign keys",
						new Schema(List.of(pet, owner, table("visit", column("note", VARCHAR_100).build()).build()),
								List.of(sequence)),
						schema(table("visit").build()), List.of("create sequence pet_seq", "create table owner",
								"create table pet", "add column visit.note", "add foreign key pet.fk_pet_owner")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void leavesDriftAlone(Case diff) {
		SchemaDiff result = new SchemaDiffer().diff(diff.expected(), diff.actual());
		assertThat(result.changes()).isEmpty();
		assertThat(result.drift())
			.extracting((drift) -> drift.kind() + " " + drift.object() + " [" + drift.expected() + " -> "
					+ drift.actual() + "]")
			.containsExactlyInAnyOrderElementsOf(diff.changes());
	}

	static Stream<Case> leavesDriftAlone() {
		Table pet = table("pet", column("name", VARCHAR_100).build()).build();
		return Stream.of(
				new Case("a table the entities do not map", schema(pet), schema(pet, table("legacy").build()),
						List.of("EXTRA_TABLE legacy [ -> table]")),
				new Case("a column the entities do not map", schema(pet),
						schema(table("pet", column("name", VARCHAR_100).build(), column("note", TypeKind.CLOB))
							.build()),
						List.of("EXTRA_COLUMN pet.note [ -> CLOB]")),
				new Case("a column of another type family", schema(pet),
						schema(table("pet", column("name", TypeKind.INTEGER)).build()),
						List.of("TYPE_MISMATCH pet.name [VARCHAR(100) -> INTEGER]")),
				new Case("a column shorter than mapped", schema(pet),
						schema(table("pet", column("name", ColumnType.ofLength(TypeKind.VARCHAR, 50)).build()).build()),
						List.of("NARROWER_THAN_MAPPED pet.name [VARCHAR(100) -> VARCHAR(50)]")),
				new Case("a decimal with less precision than mapped",
						schema(table("pet", column("weight", ColumnType.ofDecimal(10, 2)).build()).build()),
						schema(table("pet", column("weight", ColumnType.ofDecimal(8, 2)).build()).build()),
						List.of("NARROWER_THAN_MAPPED pet.weight [DECIMAL(10,2) -> DECIMAL(8,2)]")),
				new Case("a decimal with the mapped precision and a smaller scale",
						schema(table("pet", column("weight", ColumnType.ofDecimal(10, 2)).build()).build()),
						schema(table("pet", column("weight", ColumnType.ofDecimal(10, 0)).build()).build()),
						List.of("NARROWER_THAN_MAPPED pet.weight [DECIMAL(10,2) -> DECIMAL(10,0)]")),
				new Case("a column nullable where the mapping says NOT NULL",
						schema(table("pet", column("name", VARCHAR_100).nullable(false).build()).build()), schema(pet),
						List.of("NULLABILITY_MISMATCH pet.name [NOT NULL -> NULL]")),
				new Case("a column NOT NULL where the mapping says nullable", schema(pet),
						schema(table("pet", column("name", VARCHAR_100).nullable(false).build()).build()),
						List.of("NULLABILITY_MISMATCH pet.name [NULL -> NOT NULL]")),
				new Case("an index the entities do not map", schema(pet),
						schema(table("pet", column("name", VARCHAR_100).build()).index(index("dba_name", false, "name"))
							.build()),
						List.of("EXTRA_INDEX pet.dba_name [ -> index (name)]")),
				new Case("an index with the mapped name on other columns",
						schema(table("pet", column("name", VARCHAR_100).build(), column("age", TypeKind.INTEGER))
							.index(index("idx_pet", false, "name"))
							.build()),
						schema(table("pet", column("name", VARCHAR_100).build(), column("age", TypeKind.INTEGER))
							.index(index("idx_pet", false, "age"))
							.build()),
						List.of("INDEX_MISMATCH pet.idx_pet [index (name) -> index (age)]")),
				new Case("a foreign key the entities do not map",
						schema(table("pet", column("owner_id", TypeKind.BIGINT)).build()),
						schema(table("pet", column("owner_id", TypeKind.BIGINT))
							.foreignKey(foreignKey("fk_legacy", "owner_id", "owner"))
							.build()),
						List.of("EXTRA_FOREIGN_KEY pet.fk_legacy [ -> (owner_id) references owner(id)]")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void seesNoDriftInWhatMeansTheSame(Case diff) {
		SchemaDiff result = new SchemaDiffer().diff(diff.expected(), diff.actual());
		assertThat(result.changes()).isEmpty();
		assertThat(result.drift()).isEmpty();
	}

	static Stream<Case> seesNoDriftInWhatMeansTheSame() {
		Table pet = table("pet", column("name", VARCHAR_100).build()).build();
		return Stream.of(
				new Case("a wider column than mapped", schema(pet),
						schema(table("pet", column("name", ColumnType.ofLength(TypeKind.VARCHAR, 255)).build())
							.build()),
						List.of()),
				new Case("another type of the same family", schema(pet),
						schema(table("pet", column("name", TypeKind.CLOB)).build()), List.of()),
				new Case("a type the database reads as unknown", schema(pet),
						schema(table("pet", column("name", TypeKind.OTHER)).build()), List.of()),
				new Case("a column the mapping writes as verbatim type text",
						schema(table("pet",
								column("name", VARCHAR_100.withDefinition("varchar(100) collate nocase")).build())
							.build()),
						schema(table("pet", column("name", TypeKind.CLOB)).build()), List.of()),
				new Case("a unique index where the mapping asks a plain index",
						schema(table("pet", column("name", VARCHAR_100).build()).index(index("idx_name", false, "name"))
							.build()),
						schema(table("pet", column("name", VARCHAR_100).build()).index(index("uk_name", true, "name"))
							.build()),
						List.of()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void comparesWhatTheDatabaseStores(Case diff) {
		// SQLite stores a UUID as a blob, and reads it back so.
		UnaryOperator<ColumnType> storedAs = (type) -> (type.kind() == TypeKind.UUID) ? ColumnType.of(TypeKind.BLOB)
				: type;
		SchemaDiff result = new SchemaDiffer(storedAs).diff(diff.expected(), diff.actual());
		assertThat(result.drift()).extracting(Drift::kind).map(Enum::name).containsExactlyElementsOf(diff.changes());
	}

	static Stream<Case> comparesWhatTheDatabaseStores() {
		Table mapped = table("pet", column("token", TypeKind.UUID)).build();
		return Stream.of(
				new Case("a mapped type stored as another", schema(mapped),
						schema(table("pet", column("token", TypeKind.BLOB)).build()), List.of()),
				new Case("a type other than the stored one", schema(mapped),
						schema(table("pet", column("token", TypeKind.UUID)).build()), List.of("TYPE_MISMATCH")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void leavesOtherToolsTablesOutOfTheDrift(Case diff) {
		SchemaDiff result = new SchemaDiffer()
			.withOtherToolsTables(Set.of("flyway_schema_history", "DATABASECHANGELOG"))
			.diff(diff.expected(), diff.actual());
		assertThat(result.drift()).extracting(Drift::object).containsExactlyElementsOf(diff.changes());
	}

	static Stream<Case> leavesOtherToolsTablesOutOfTheDrift() {
		return Stream.of(
				new Case("Flyway's history", schema(), schema(table("flyway_schema_history").build()), List.of()),
				new Case("Liquibase's change log, named in another case", schema(),
						schema(table("databasechangelog").build()), List.of()),
				new Case("a table of no known tool", schema(), schema(table("flyway_backup").build()),
						List.of("flyway_backup")));
	}

	@Test
	void aColumnTheDatabaseCannotMakeIsLeftOutOfItsTableAndAddedOnItsOwnEveryTime() {
		Table pet = table("pet",
				column("tags", ColumnType.of(TypeKind.OTHER).withDefinition("string array")).notPossible("no arrays")
					.build())
			.build();
		SchemaDiff created = new SchemaDiffer().diff(schema(pet), schema());
		assertThat(created.changes()).extracting(SchemaChange::description)
			.containsExactly("create table pet", "add column pet.tags");
		assertThat(((SchemaChange.CreateTable) created.changes().get(0)).table().columns())
			.extracting((column) -> column.name().toString())
			.containsExactly("id");
		SchemaDiff again = new SchemaDiffer().diff(schema(pet), schema(table("pet").build()));
		assertThat(again.changes()).extracting(SchemaChange::description).containsExactly("add column pet.tags");
		assertThat(again.drift()).isEmpty();
	}

	private static Schema schema(Table... tables) {
		return new Schema(List.of(tables), List.of());
	}

	/**
	 * One row of a table-driven test.
	 *
	 * @param name what the row shows, as the test report names it
	 * @param expected the schema the entities map
	 * @param actual the schema read from the database
	 * @param changes what the differ should find, as the test reads it
	 */
	record Case(String name, Schema expected, Schema actual, List<String> changes) {

		@Override
		public String toString() {
			return this.name;
		}

	}

}
