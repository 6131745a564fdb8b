package io.github.automigrate.testmodel.chain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** Refers to the region before it. */
@Entity
public class Country {

	@Id
	private Long id;

	@ManyToOne
	private Region region;

}
