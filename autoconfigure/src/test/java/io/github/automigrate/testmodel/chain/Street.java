package io.github.automigrate.testmodel.chain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** Refers to the city before it. */
@Entity
public class Street {

	@Id
	private Long id;

	@ManyToOne
	private City city;

}
