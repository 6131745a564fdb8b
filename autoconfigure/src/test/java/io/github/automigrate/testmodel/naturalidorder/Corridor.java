package io.github.automigrate.testmodel.naturalidorder;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A corridor of lockers. */
@Entity
public class Corridor {

	@Id
	private Long id;

}
