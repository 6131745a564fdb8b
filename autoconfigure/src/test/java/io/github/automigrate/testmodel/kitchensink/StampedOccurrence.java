package io.github.automigrate.testmodel.kitchensink;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * Generated timestamps on a single-table subclass, whose columns every other row leaves
 * empty.
 */
@Entity
@DiscriminatorValue("stamped")
public class StampedOccurrence extends Occurrence {

	@CreationTimestamp
	@Column(name = "created_on")
	private Instant createdOn;

	@UpdateTimestamp
	private Instant updatedOn;

}
