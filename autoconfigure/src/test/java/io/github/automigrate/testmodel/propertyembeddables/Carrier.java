package io.github.automigrate.testmodel.propertyembeddables;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A carrier, referred to from inside an embeddable. */
@Entity
public class Carrier {

	@Id
	private Long id;

	private String name;

}
