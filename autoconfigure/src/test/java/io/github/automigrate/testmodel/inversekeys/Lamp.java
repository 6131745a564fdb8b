package io.github.automigrate.testmodel.inversekeys;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Lamp {

	@Id
	@GeneratedValue
	Long id;

	@ManyToOne
	Street street;

	String bulb;

}
