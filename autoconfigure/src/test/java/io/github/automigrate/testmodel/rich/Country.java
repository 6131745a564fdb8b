package io.github.automigrate.testmodel.rich;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Country {

	@Id
	private String isoCode;

	private String name;

}
