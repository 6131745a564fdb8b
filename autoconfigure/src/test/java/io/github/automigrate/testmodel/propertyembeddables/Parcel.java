package io.github.automigrate.testmodel.propertyembeddables;

import java.math.BigDecimal;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A parcel read through its getters, where its column and join column are named. */
@Embeddable
@Access(AccessType.PROPERTY)
public class Parcel {

	private BigDecimal weight;

	private Carrier carrier;

	@Column(name = "parcel_weight", precision = 8, scale = 2)
	public BigDecimal getWeight() {
		return this.weight;
	}

	public void setWeight(BigDecimal weight) {
		this.weight = weight;
	}

	@ManyToOne
	@JoinColumn(name = "carrier_ref")
	public Carrier getCarrier() {
		return this.carrier;
	}

	public void setCarrier(Carrier carrier) {
		this.carrier = carrier;
	}

}
