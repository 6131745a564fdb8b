package io.github.automigrate.testmodel.kitchensink;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/** The root of a single-table hierarchy whose subclass has generated timestamps. */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorValue("plain")
public class Occurrence {

	@Id
	@GeneratedValue
	private Long id;

	private String title;

}
