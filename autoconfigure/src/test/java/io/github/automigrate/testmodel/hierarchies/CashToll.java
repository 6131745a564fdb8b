package io.github.automigrate.testmodel.hierarchies;

import jakarta.persistence.Entity;

@Entity
public class CashToll extends Toll {

	private String currency;

}
