package io.github.automigrate.testmodel.idshapes;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * Its key is an @Embeddable class under a plain @Id: Hibernate reads it as
 * an @EmbeddedId.
 */
@Entity
public class Lease {

	@Id
	private LeaseNumber number;

	private String premises;

}
