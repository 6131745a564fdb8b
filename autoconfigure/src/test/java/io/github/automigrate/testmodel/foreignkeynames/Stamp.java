package io.github.automigrate.testmodel.foreignkeynames;

import java.time.LocalDateTime;

import jakarta.persistence.Embeddable;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * When a desk stamped a ticket: an element whose reference names its foreign key, its
 * attributes declared out of alphabetical order (Hibernate keys a set of embeddables in
 * that order).
 */
@Embeddable
public class Stamp {

	private LocalDateTime stampedAt;

	@ManyToOne
	@JoinColumn(name = "desk_id", foreignKey = @ForeignKey(name = "fk_stamp_desk"))
	private Desk desk;

}
