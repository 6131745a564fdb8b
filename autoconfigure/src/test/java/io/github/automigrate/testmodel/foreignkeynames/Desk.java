package io.github.automigrate.testmodel.foreignkeynames;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A help desk, referred to from everywhere. */
@Entity
public class Desk {

	@Id
	private Long id;

	private String name;

}
