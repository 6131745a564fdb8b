package io.github.automigrate.testmodel.audited;

import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;

/** A SINGLE_TABLE subclass. */
@Entity
@Audited
public class Car extends Vehicle {

	public int seats;

}
