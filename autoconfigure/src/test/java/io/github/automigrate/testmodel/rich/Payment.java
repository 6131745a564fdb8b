package io.github.automigrate.testmodel.rich;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/**
 * Table per class: the abstract root has no table, each concrete class has all the
 * columns.
 */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Payment {

	@Id
	private Long id;

	private BigDecimal amount;

}
