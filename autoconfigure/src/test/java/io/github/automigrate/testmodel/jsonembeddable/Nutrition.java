package io.github.automigrate.testmodel.jsonembeddable;

import jakarta.persistence.Embeddable;

/** The parts of a JSON aggregate, one of them a nested embeddable. */
@Embeddable
public class Nutrition {

	private int calories;

	private Double fat;

	private String allergens;

	private Portion reference;

}
