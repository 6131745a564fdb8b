package io.github.automigrate.testmodel.chain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** The other side of the cycle: a player plays for a team. */
@Entity
public class Player {

	@Id
	private Long id;

	@ManyToOne
	private Team team;

}
