package io.github.automigrate.testmodel.validated;

import jakarta.persistence.Entity;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A single-table subclass: Hibernate keeps its @NotNull column nullable, but
 * applies @Size.
 */
@Entity
public class PremiumMember extends Member {

	@NotNull
	@Size(max = 50)
	private String sponsor;

}
