package io.github.automigrate.testmodel.idshapes;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Tenant {

	@Id
	@GeneratedValue
	private Long id;

	private String name;

}
