package io.github.automigrate.testmodel.rich;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.ManyToOne;

@Embeddable
public class Address {

	@Column(length = 100)
	private String street;

	@Embedded
	private GeoPoint location;

	@ManyToOne
	private Country country;

}
