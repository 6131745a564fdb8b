package io.github.automigrate.testmodel.audited;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.hibernate.envers.Audited;

/**
 * The root of an audited SINGLE_TABLE hierarchy: one audit table with the discriminator.
 */
@Entity
@Audited
public class Vehicle {

	@Id
	@GeneratedValue
	public Long id;

	public String plate;

}
