package io.github.automigrate.testmodel.hierarchies;

import jakarta.persistence.Entity;

@Entity
public class CardToll extends Toll {

	private String cardNumber;

}
