package io.github.automigrate.testmodel.plainembedded;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

@Entity
public class Consignment {

	@EmbeddedId
	private ConsignmentKey key;

	private String label;

	@ManyToOne
	private Depot depot;

}
