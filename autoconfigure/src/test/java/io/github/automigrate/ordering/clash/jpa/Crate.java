package io.github.automigrate.ordering.clash.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Table {@code crate} as JPA maps it: an id and a label. */
@Entity
public class Crate {

	@Id
	private Long id;

	private String label;

}
