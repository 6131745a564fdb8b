package io.github.automigrate.testmodel.foreignkeyrefs;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/**
 * A lane between a depot and a carrier, both join columns named implicitly
 * ({@code depot_id}, {@code carrier_id}).
 */
@Entity
public class Lane {

	@Id
	private Long id;

	@ManyToOne
	private Depot depot;

	@ManyToOne
	private Carrier carrier;

	private int priority;

}
