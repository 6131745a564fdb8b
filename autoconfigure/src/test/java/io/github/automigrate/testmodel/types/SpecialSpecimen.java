package io.github.automigrate.testmodel.types;

import java.time.Duration;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/**
 * A subclass in the single table: its primitives take null, a column declared NOT NULL
 * stays NOT NULL.
 */
@Entity
@DiscriminatorValue("SPECIAL")
public class SpecialSpecimen extends Specimen {

	private int priority;

	@Column(nullable = false, length = 40)
	private String label;

	private Duration shelfLife;

}
