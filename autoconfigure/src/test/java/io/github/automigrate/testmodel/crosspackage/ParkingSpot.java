package io.github.automigrate.testmodel.crosspackage;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import io.github.automigrate.testmodel.hierarchies.Vehicle;

/**
 * Refers to an entity of another package: a scan of this package alone misses the target.
 */
@Entity
public class ParkingSpot {

	@Id
	private Long id;

	@ManyToOne
	private Vehicle occupant;

}
