package io.github.automigrate.testmodel.chain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** The last link of the chain. */
@Entity
public class House {

	@Id
	private Long id;

	@ManyToOne
	private Street street;

}
