package io.github.automigrate.testmodel.columnsorformulas;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A crate on a {@link Pallet}, which keys it from the crate's table.
 */
@Entity
public class Crate {

	@Id
	private Long id;

	private Integer weight;

}
