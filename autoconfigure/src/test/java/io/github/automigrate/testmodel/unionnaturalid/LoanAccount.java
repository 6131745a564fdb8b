package io.github.automigrate.testmodel.unionnaturalid;

import jakarta.persistence.Entity;

/** A subclass of {@link Account} with a table of its own and no unique key of its own. */
@Entity
public class LoanAccount extends Account {

	private int term;

}
