package io.github.automigrate.testmodel.sequences;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** A @SequenceGenerator without a sequence name. */
@Entity
public class Ticket {

	@Id
	@GeneratedValue(generator = "ticketNumbers")
	@SequenceGenerator(name = "ticketNumbers", allocationSize = 10)
	private Long id;

	private String seat;

}
