package io.github.automigrate.testmodel.embeddedtable;

import jakarta.persistence.Embeddable;

/** Where a courier's depot is: two columns of its own, two of a nested embeddable. */
@Embeddable
public class DepotAddress {

	private String street;

	private String town;

	private Position position;

}
