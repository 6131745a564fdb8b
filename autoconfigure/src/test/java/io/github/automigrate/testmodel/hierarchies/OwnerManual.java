package io.github.automigrate.testmodel.hierarchies;

import jakarta.persistence.Entity;

@Entity
public class OwnerManual extends Manual {

	private String language;

}
