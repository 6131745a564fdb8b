package io.github.automigrate.testmodel.onetomanysets;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The target of a unidirectional one-to-many set, with a numeric id. */
@Entity
public class Scope {

	@Id
	private Long id;

	private String name;

}
