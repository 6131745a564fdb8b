package io.github.automigrate.testmodel.foreignkeyrefs;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A depot, referred to by lanes and shipments. */
@Entity
public class Depot {

	@Id
	private Integer id;

	private String city;

}
