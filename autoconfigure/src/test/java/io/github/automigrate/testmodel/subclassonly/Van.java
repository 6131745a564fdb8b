package io.github.automigrate.testmodel.subclassonly;

import jakarta.persistence.Entity;

import io.github.automigrate.testmodel.hierarchies.Vehicle;

/**
 * A vehicle whose {@code @Entity} root lies in another package: scanning this one maps
 * the root too.
 */
@Entity
public class Van extends Vehicle {

	private Integer loadKilograms;

}
