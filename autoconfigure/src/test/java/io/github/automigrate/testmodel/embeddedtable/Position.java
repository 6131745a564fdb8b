package io.github.automigrate.testmodel.embeddedtable;

import jakarta.persistence.Embeddable;

/** A nested embeddable, which follows its parent into the secondary table. */
@Embeddable
public class Position {

	private Double latitude;

	private Double longitude;

}
