package io.github.automigrate.testmodel.hierarchies;

import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;

/** Refers to both abstract roots: its foreign keys need their tables. */
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

}
