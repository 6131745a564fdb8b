package io.github.automigrate.testmodel.chain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** One side of the cycle: a team's captain is a player. */
@Entity
public class Team {

	@Id
	private Long id;

	@ManyToOne
	private Player captain;

}
