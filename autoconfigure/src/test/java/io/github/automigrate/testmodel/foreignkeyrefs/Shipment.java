package io.github.automigrate.testmodel.foreignkeyrefs;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A shipment whose lane is found through the depot and carrier columns it already has:
 * the lane's join columns refer to the lane's implicitly named foreign key columns, read
 * only, sharing the shipment's own.
 */
@Entity
public class Shipment {

	@Id
	private Long id;

	@ManyToOne
	private Depot depot;

	@ManyToOne
	private Carrier carrier;

	@ManyToOne
	@JoinColumn(name = "depot_id", referencedColumnName = "depot_id", insertable = false, updatable = false)
	@JoinColumn(name = "carrier_id", referencedColumnName = "carrier_id", insertable = false, updatable = false)
	private Lane lane;

}
