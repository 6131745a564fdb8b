package io.github.automigrate.testmodel.hierarchies;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/**
 * An abstract root of a TABLE_PER_CLASS hierarchy: no table of its own, but the sequence
 * its subclasses share.
 */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Toll {

	@Id
	@GeneratedValue
	private Long id;

	private BigDecimal amount;

}
