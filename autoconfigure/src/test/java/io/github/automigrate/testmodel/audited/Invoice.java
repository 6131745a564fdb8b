package io.github.automigrate.testmodel.audited;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;

/**
 * A JOINED subclass: its audit table is keyed by id and revision and refers to its
 * parent's audit table.
 */
@Entity
@Audited
public class Invoice extends Document {

	@Column(precision = 12, scale = 2, nullable = false)
	public BigDecimal amount;

}
