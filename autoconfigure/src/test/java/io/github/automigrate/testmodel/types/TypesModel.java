package io.github.automigrate.testmodel.types;

import java.util.List;

/** A sweep of Java types and value mappings, for the fidelity tests. */
public final class TypesModel {

	public static final List<Class<?>> CLASSES = List.of(Specimen.class, SpecialSpecimen.class, SpecimenDetail.class,
			SpecimenNote.class, SpecimenArchive.class, SpecimenBatch.class, SpecimenBatch.Lot.class,
			SpecimenSummary.class);

	private TypesModel() {
	}

}
