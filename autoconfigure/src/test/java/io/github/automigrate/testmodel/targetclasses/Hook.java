package io.github.automigrate.testmodel.targetclasses;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A hook, the entity that implements {@link Fitting}. */
@Entity
public class Hook implements Fitting {

	@Id
	private Long id;

	@Override
	public Long getId() {
		return this.id;
	}

}
