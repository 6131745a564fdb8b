package io.github.automigrate.testmodel.validationgroups;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * The shelf a {@link Label} may be filed on.
 */
@Entity
public class Shelf {

	@Id
	private Long id;

	private String aisle;

}
