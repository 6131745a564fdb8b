package io.github.automigrate.testmodel.foreignkeyrefs;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A booking referring to a route by the route's own foreign key column, named in upper
 * case: Hibernate finds it among the route's logical column names and types the booking's
 * column as the carrier's key.
 */
@Entity
public class Booking {

	@Id
	private Long id;

	@ManyToOne
	@JoinColumn(name = "route_carrier", referencedColumnName = "CARRIER_CODE")
	private Route route;

}
