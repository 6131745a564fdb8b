package io.github.automigrate.testmodel.propertyembeddables;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A shipment with field access, embedding a parcel read through its getters. */
@Entity
public class Shipment {

	@Id
	private Long id;

	@Embedded
	private Parcel parcel;

}
