package io.github.automigrate.testmodel.audited;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An entity that is not audited, referred to by audited ones. */
@Entity
public class Country {

	@Id
	public String code;

	public String name;

}
