package io.github.automigrate.testmodel.springdata;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A site, one side of {@link ItemSite}. */
@Entity
public class Site {

	@Id
	@GeneratedValue
	private Integer id;

}
