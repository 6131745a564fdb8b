package io.github.automigrate.testmodel.foreignkeynames;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/** The root of a joined hierarchy. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public class Item {

	@Id
	private Long id;

	private String label;

}
