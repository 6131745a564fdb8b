package io.github.automigrate.testmodel.hierarchies;

import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;

/**
 * Refers to the abstract roots: its foreign keys need their tables; the table-per-class
 * root has none, so a reference to it is a column without a foreign key, as Hibernate
 * makes it.
 */
@Entity
public class Garage {

	@Id
	private Long id;

	@ManyToOne
	private Vehicle vehicle;

	@ManyToOne
	private Manual manual;

	@ManyToMany
	private Set<Vehicle> fleet;

	@ManyToOne
	private Toll lastToll;

}
