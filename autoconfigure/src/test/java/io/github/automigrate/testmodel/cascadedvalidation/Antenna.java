package io.github.automigrate.testmodel.cascadedvalidation;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A radio's antenna, embedded without {@code @Valid}: Hibernate applies none of its
 * constraints to DDL.
 */
@Embeddable
public class Antenna {

	@NotNull
	@Size(max = 6)
	private String kind;

}
