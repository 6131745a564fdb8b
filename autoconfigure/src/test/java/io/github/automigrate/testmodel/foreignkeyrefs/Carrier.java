package io.github.automigrate.testmodel.foreignkeyrefs;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A carrier, referred to by routes and lanes. */
@Entity
public class Carrier {

	@Id
	private Long id;

	private String name;

}
