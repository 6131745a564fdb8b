package io.github.automigrate.testmodel.eventstore;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * An event in the store, numbered in one global order; one event per aggregate and
 * sequence number.
 */
@Entity
@Table(name = "DomainEventEntry", indexes = @Index(columnList = "aggregateIdentifier,sequenceNumber", unique = true))
public class DomainEvent extends AggregateEventEntry {

	@Id
	@GeneratedValue
	private long globalIndex;

	protected DomainEvent() {
	}

}
