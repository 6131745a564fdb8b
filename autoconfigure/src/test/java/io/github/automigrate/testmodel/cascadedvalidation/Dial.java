package io.github.automigrate.testmodel.cascadedvalidation;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A radio's dial: validated through its embedding, which is itself NOT NULL, so both
 * constraints reach the DDL.
 */
@Embeddable
public class Dial {

	@NotNull
	private String frequency;

	@Size(max = 8)
	private String band;

}
