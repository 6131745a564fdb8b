package io.github.automigrate.testmodel.rich;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

@Embeddable
public class Address {

	@Column(length = 100)
	private String street;

	@Embedded
	private GeoPoint location;

}
