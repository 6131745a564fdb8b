package io.github.automigrate.testmodel.caveatemptor;

import java.util.Date;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.validation.constraints.NotNull;

/**
 * A shipment, linked to the item it may deliver through a table of its own (at most one
 * shipment per item), and to its recipient through a join table with default column
 * names.
 */
@Entity
public class Shipment {

	@Id
	@GeneratedValue
	private Long id;

	@NotNull
	private Date createdOn = new Date();

	@OneToOne(fetch = FetchType.LAZY)
	@JoinTable(name = "ITEM_SHIPMENT", joinColumns = @JoinColumn(name = "SHIPMENT_ID"),
			inverseJoinColumns = @JoinColumn(name = "ITEM_ID", nullable = false, unique = true))
	private Item auction;

	@ManyToOne
	@JoinTable(name = "SHIPMENT_RECIPIENT")
	private AuctionUser recipient;

	protected Shipment() {
	}

}
