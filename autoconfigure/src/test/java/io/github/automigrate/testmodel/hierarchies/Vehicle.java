package io.github.automigrate.testmodel.hierarchies;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/**
 * An abstract root of a JOINED hierarchy: it has a table, and the implicit sequence of
 * the hierarchy.
 */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public abstract class Vehicle {

	@Id
	@GeneratedValue
	private Long id;

	private String plate;

}
