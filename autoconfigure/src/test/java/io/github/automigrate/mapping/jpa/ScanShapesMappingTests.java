package io.github.automigrate.mapping.jpa;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.automigrate.mapping.MappingException;
import io.github.automigrate.model.Identifier;
import io.github.automigrate.model.Schema;
import io.github.automigrate.model.Sequence;
import io.github.automigrate.testmodel.hierarchies.HierarchiesModel;
import io.github.automigrate.testmodel.plainembedded.PlainEmbeddedModel;
import io.github.automigrate.testmodel.sequences.SequencesModel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Shapes of entity models that Hibernate 7.4 maps whichever way their classes are listed
 * or annotated: abstract roots, roots that were not listed, classes embedded without
 * {@code @Embeddable}, implicit sequences of quoted tables.
 */
class ScanShapesMappingTests {

	private final EntityMappingReader reader = new EntityMappingReader();

	@Test
	void abstractRootsOfEveryStrategyGetTheirTablesAndSequences() {
		Schema schema = this.reader.read(HierarchiesModel.CLASSES).schema();
		assertThat(tableNames(schema)).containsExactlyInAnyOrder("vehicle", "car", "truck", "manual", "card_toll",
				"cash_toll", "garage", "garage_fleet");
		assertThat(sequenceNames(schema)).containsExactlyInAnyOrder("vehicle_seq", "manual_seq", "toll_seq");
	}

	/**
	 * Hibernate follows the superclasses of the entities it is given: a root left out of
	 * the list is mapped all the same.
	 */
	@Test
	void entitySuperclassesThatWereNotListedAreMappedAsHibernateMapsThem() {
		Schema listed = this.reader.read(HierarchiesModel.CLASSES).schema();
		Schema concreteOnly = this.reader.read(HierarchiesModel.CONCRETE).schema();
		assertThat(tableNames(concreteOnly)).containsExactlyInAnyOrderElementsOf(tableNames(listed));
		assertThat(sequenceNames(concreteOnly)).containsExactlyInAnyOrderElementsOf(sequenceNames(listed));
		assertThat(concreteOnly.tables()).containsExactlyInAnyOrderElementsOf(listed.tables());
	}

	/**
	 * Hibernate embeds a class named by @Embedded or @EmbeddedId alone, a record too, and
	 * nested ones in turn.
	 */
	@Test
	void classesEmbeddedWithoutEmbeddableAreMappedAsEmbeddables() {
		Schema schema = this.reader.read(PlainEmbeddedModel.CLASSES).schema();
		io.github.automigrate.model.Table depot = table(schema, "depot");
		assertThat(depot.columns()).extracting((column) -> column.name().text())
			.containsExactlyInAnyOrder("id", "street", "city", "billing_street", "billing_town", "latitude",
					"longitude", "email", "priority", "box_number");
		// An embeddable's primitives take null, as Hibernate declares them.
		assertThat(depot.columns()).filteredOn((column) -> column.name().text().matches("latitude|longitude|priority"))
			.allSatisfy((column) -> assertThat(column.nullable()).isTrue());
		io.github.automigrate.model.Table consignment = table(schema, "consignment");
		assertThat(consignment.primaryKey()).extracting(io.github.automigrate.model.Identifier::text)
			.containsExactlyInAnyOrder("order_number", "line_number");
	}

	/**
	 * Hibernate 7.4 names an implicit sequence after the text of the root table's
	 * physical name, without its quotes, and a {@code @SequenceGenerator} without a
	 * sequence name after the generator.
	 */
	@Test
	void implicitSequencesOfQuotedTablesAreNotQuoted() {
		Schema schema = this.reader.read(SequencesModel.CLASSES).schema();
		assertThat(schema.sequences()).extracting(Sequence::name)
			.extracting((name) -> name.name())
			.containsExactlyInAnyOrder(new Identifier("account_seq", false), new Identifier("audit_entry_seq", false),
					new Identifier("vouchers_seq", false), new Identifier("ticket_numbers", false));
		assertThat(schema.sequences()).filteredOn((sequence) -> sequence.name().name().text().equals("ticket_numbers"))
			.extracting(Sequence::increment)
			.containsExactly(10);
	}

	/**
	 * Hibernate stops at a reference to an entity outside the persistence unit; a schema
	 * without its table would fail.
	 */
	@Test
	void aReferenceToAnEntityThatIsNotMappedStopsWithTheAttributeAndWhatToDo() {
		assertThatExceptionOfType(MappingException.class)
			.isThrownBy(() -> this.reader.read(List.of(io.github.automigrate.testmodel.hierarchies.Garage.class)))
			.withMessageContaining("Garage.")
			.withMessageContaining("@ManyToOne")
			.withMessageContaining("not among the entities found")
			.withMessageContaining("schema.automigrate.packages");
		assertThatExceptionOfType(MappingException.class)
			.isThrownBy(
					() -> this.reader.read(List.of(io.github.automigrate.testmodel.plainembedded.Consignment.class)))
			.withMessageContaining("Consignment.depot")
			.withMessageContaining(io.github.automigrate.testmodel.plainembedded.Depot.class.getName())
			.withMessageContaining(io.github.automigrate.testmodel.plainembedded.Depot.class.getPackageName());
	}

	private static io.github.automigrate.model.Table table(Schema schema, String name) {
		return schema.tables()
			.stream()
			.filter((table) -> table.name().name().text().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private static List<String> tableNames(Schema schema) {
		return schema.tables().stream().map((table) -> table.name().name().text()).toList();
	}

	private static List<String> sequenceNames(Schema schema) {
		return schema.sequences().stream().map(Sequence::name).map((name) -> name.name().text()).toList();
	}

}
