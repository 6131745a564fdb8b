package io.github.automigrate.testmodel.kitchensink;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A subclass of the integer-discriminated hierarchy. */
@Entity
@DiscriminatorValue("1")
public class Alert extends Notice {

	private int severity;

}
