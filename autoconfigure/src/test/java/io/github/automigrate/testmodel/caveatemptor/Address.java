package io.github.automigrate.testmodel.caveatemptor;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A postal address, embedded twice in a user under overridden column names. */
@Embeddable
public class Address {

	@NotNull
	@Column(nullable = false)
	private String street;

	@NotNull
	@Size(min = 5, max = 5)
	@Column(nullable = false, length = 5)
	private String zipcode;

	@NotNull
	@Column(nullable = false)
	private String city;

	protected Address() {
	}

}
