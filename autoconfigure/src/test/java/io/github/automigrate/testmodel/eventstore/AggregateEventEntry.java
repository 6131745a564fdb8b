package io.github.automigrate.testmodel.eventstore;

import jakarta.persistence.Basic;
import jakarta.persistence.MappedSuperclass;

/** An event of one aggregate, placed by its sequence number in the aggregate's stream. */
@MappedSuperclass
public abstract class AggregateEventEntry extends EventEntry {

	@Basic
	private String type;

	@Basic(optional = false)
	private String aggregateIdentifier;

	@Basic(optional = false)
	private long sequenceNumber;

	protected AggregateEventEntry() {
	}

}
