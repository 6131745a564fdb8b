package io.github.automigrate.testmodel.rich;

import jakarta.persistence.Entity;

@Entity
public class CardPayment extends Payment {

	private String cardLast4;

}
