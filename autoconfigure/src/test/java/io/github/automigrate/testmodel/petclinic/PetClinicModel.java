package io.github.automigrate.testmodel.petclinic;

import java.util.List;

/**
 * A model shaped after spring-petclinic's, a public project many Spring users start from.
 */
public final class PetClinicModel {

	public static final List<Class<?>> CLASSES = List.of(Owner.class, Pet.class, PetType.class, Visit.class, Vet.class,
			Specialty.class);

	private PetClinicModel() {
	}

}
