package io.github.automigrate.testmodel.cascadedvalidation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.validation.constraints.Size;

/**
 * A station keyed by a call sign whose {@code @Size} shapes its own column only: the
 * columns that refer to it copy its type before Hibernate applies the constraint.
 */
@Entity
public class Station {

	@Id
	@Size(max = 6)
	private String callSign;

	@Size(max = 12)
	@Column(unique = true)
	private String frequencyCode;

}
