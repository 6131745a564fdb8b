package io.github.automigrate.testmodel.composedconstraints;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.validation.constraints.Size;

/**
 * An edition whose ISBN carries a composed constraint: Hibernate applies the constraints
 * it is made of to DDL (NOT NULL, length 17), as it applies them written directly.
 */
@Entity
public class Edition {

	@Id
	private Long id;

	@Isbn
	private String isbn;

	@Size(max = 40)
	private String imprint;

}
