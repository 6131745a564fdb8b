package io.github.automigrate.testmodel.inversekeys;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Divider {

	@Id
	@GeneratedValue
	Long id;

	int colour;

}
