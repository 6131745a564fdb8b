package io.github.automigrate.testmodel.springdata;

import jakarta.persistence.Embeddable;

/** An embedded address, as in Spring Data JPA's sample domain. */
@Embeddable
public class Address {

	private String country;

	private String city;

	private String streetName;

	private String streetNo;

}
