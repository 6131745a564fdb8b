package io.github.automigrate.testmodel.chain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** Refers to the country before it. */
@Entity
public class City {

	@Id
	private Long id;

	@ManyToOne
	private Country country;

}
