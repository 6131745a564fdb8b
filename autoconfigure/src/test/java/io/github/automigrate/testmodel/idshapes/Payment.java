package io.github.automigrate.testmodel.idshapes;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** Refers to a lease, whose key columns become its join columns. */
@Entity
public class Payment {

	@Id
	@GeneratedValue
	private Long id;

	private long cents;

	@ManyToOne(optional = false)
	private Lease lease;

}
