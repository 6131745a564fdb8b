package io.github.automigrate.testmodel.validated;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An embeddable whose parts carry constraints, which Hibernate does not apply to DDL
 * without @Valid.
 */
@Embeddable
public class Badge {

	@NotNull
	@Size(max = 12)
	private String label;

	private Integer level;

}
