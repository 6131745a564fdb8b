package io.github.automigrate.testmodel.springdata;

import java.util.Date;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;

/**
 * Shaped after the Spring Data examples' showcase account: a {@code @Temporal(DATE)}
 * expiry.
 */
@Entity
public class Account extends AbstractEntity {

	@ManyToOne
	private Customer customer;

	@Temporal(TemporalType.DATE)
	private Date expiryDate;

}
