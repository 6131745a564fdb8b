package io.github.automigrate.testmodel.audited;

import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.Audited;

/**
 * An audited mapped superclass: its attributes are audited in its subclasses' audit
 * tables.
 */
@MappedSuperclass
@Audited
public class Labelled {

	public String label;

}
