package io.github.automigrate.testmodel.audited;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address, embedded in an audited entity: its columns are audited too. */
@Embeddable
public class Address {

	public String street;

	@Column(nullable = false, length = 60)
	public String city;

	public int postcode;

}
