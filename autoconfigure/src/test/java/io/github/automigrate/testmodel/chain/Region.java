package io.github.automigrate.testmodel.chain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** The first link of the chain, which refers to itself. */
@Entity
public class Region {

	@Id
	private Long id;

	@ManyToOne
	private Region parent;

}
