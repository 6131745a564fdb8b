package io.github.automigrate.testmodel.foreignkeyrefs;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A route, whose carrier's join column is named explicitly, and which bookings refer to
 * by that column.
 */
@Entity
public class Route {

	@Id
	private Long id;

	@ManyToOne
	@JoinColumn(name = "carrier_code")
	private Carrier carrier;

}
