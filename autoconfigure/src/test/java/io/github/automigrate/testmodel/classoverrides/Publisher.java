package io.github.automigrate.testmodel.classoverrides;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Publisher {

	@Column(length = 100)
	String name;

	String country;

}
