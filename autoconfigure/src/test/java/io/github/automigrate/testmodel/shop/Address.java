package io.github.automigrate.testmodel.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {

	@Column(nullable = false, length = 80)
	private String street;

	private String city;

	@Column(length = 10)
	private String postCode;

}
