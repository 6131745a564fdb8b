package io.github.automigrate.testmodel.jsonembeddable;

import jakarta.persistence.Embeddable;

/** A portion: a size and its unit. */
@Embeddable
public class Portion {

	private Integer size;

	private String unit;

}
