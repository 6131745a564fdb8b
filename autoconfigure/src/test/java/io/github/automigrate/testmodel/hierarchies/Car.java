package io.github.automigrate.testmodel.hierarchies;

import jakarta.persistence.Entity;

@Entity
public class Car extends Vehicle {

	private int doors;

}
