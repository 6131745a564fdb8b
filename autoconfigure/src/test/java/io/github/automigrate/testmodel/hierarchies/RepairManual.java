package io.github.automigrate.testmodel.hierarchies;

import jakarta.persistence.Entity;

@Entity
public class RepairManual extends Manual {

	private String workshop;

}
