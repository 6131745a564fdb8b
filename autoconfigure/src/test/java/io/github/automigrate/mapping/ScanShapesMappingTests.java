package io.github.automigrate.mapping;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.automigrate.model.Schema;
import io.github.automigrate.model.Sequence;
import io.github.automigrate.testmodel.hierarchies.HierarchiesModel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shapes of entity models that Hibernate 7.4 maps whichever way their classes are listed or annotated: abstract roots,
 * roots that were not listed.
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

	/** Hibernate follows the superclasses of the entities it is given: a root left out of the list is mapped all the same. */
	@Test
	void entitySuperclassesThatWereNotListedAreMappedAsHibernateMapsThem() {
		Schema listed = this.reader.read(HierarchiesModel.CLASSES).schema();
		Schema concreteOnly = this.reader.read(HierarchiesModel.CONCRETE).schema();
		assertThat(tableNames(concreteOnly)).containsExactlyInAnyOrderElementsOf(tableNames(listed));
		assertThat(sequenceNames(concreteOnly)).containsExactlyInAnyOrderElementsOf(sequenceNames(listed));
		assertThat(concreteOnly.tables()).containsExactlyInAnyOrderElementsOf(listed.tables());
	}

	private static List<String> tableNames(Schema schema) {
		return schema.tables().stream().map((table) -> table.name().name().text()).toList();
	}

	private static List<String> sequenceNames(Schema schema) {
		return schema.sequences().stream().map(Sequence::name).map((name) -> name.name().text()).toList();
	}

}
