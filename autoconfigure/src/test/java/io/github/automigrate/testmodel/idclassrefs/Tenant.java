package io.github.automigrate.testmodel.idclassrefs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * An entity whose string id is 36 long, referenced from the composite keys of the model.
 */
@Entity
public class Tenant {

	@Id
	@Column(length = 36)
	private String id;

}
