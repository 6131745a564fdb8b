package io.github.automigrate.testmodel.kitchensink;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;

/** A span of days, held in a collection. */
@Embeddable
public class Period {

	private LocalDate start;

	private LocalDate until;

	private String label;

}
