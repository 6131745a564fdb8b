package io.github.automigrate.testmodel.inversekeys;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class House {

	@Id
	@GeneratedValue
	Long id;

	int floors;

	@ManyToOne
	Street street;

}
