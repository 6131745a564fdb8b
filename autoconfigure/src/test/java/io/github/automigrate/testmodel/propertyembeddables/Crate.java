package io.github.automigrate.testmodel.propertyembeddables;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A crate with property access (its identifier on the getter), embedding dimensions that
 * follow it.
 */
@Entity
public class Crate {

	private Long id;

	private Dimensions dimensions;

	@Id
	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	@Embedded
	public Dimensions getDimensions() {
		return this.dimensions;
	}

	public void setDimensions(Dimensions dimensions) {
		this.dimensions = dimensions;
	}

}
