package io.github.automigrate.testmodel.foreignkeynames;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A reply to a ticket, held by the ticket's unidirectional one-to-many. */
@Entity
public class Reply {

	@Id
	private Long id;

	private String body;

}
