package io.github.automigrate.testmodel.naturalidorder;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.NaturalId;

/**
 * A locker whose natural id is declared slot first, corridor second: Hibernate's unique
 * key lists the columns in the alphabetical order of the attributes,
 * {@code (corridor_id, slot)}.
 */
@Entity
public class Locker {

	@Id
	private Long id;

	@NaturalId(mutable = true)
	private String slot;

	@NaturalId(mutable = true)
	@ManyToOne
	private Corridor corridor;

}
