package io.github.automigrate.testmodel.hierarchies;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * An abstract root of a SINGLE_TABLE hierarchy (the default strategy): its table holds
 * every subclass.
 */
@Entity
public abstract class Manual {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private Long id;

	private String title;

}
