package io.github.automigrate.testmodel.audited;

import jakarta.persistence.MappedSuperclass;

/**
 * A mapped superclass without {@code @Audited}: Envers leaves its attributes out of its
 * subclasses' audit tables.
 */
@MappedSuperclass
public class Tracked {

	public String createdBy;

}
