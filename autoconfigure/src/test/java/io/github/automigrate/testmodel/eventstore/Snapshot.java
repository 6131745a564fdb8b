package io.github.automigrate.testmodel.eventstore;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * The latest state of an aggregate, keyed by the aggregate, its sequence number and type.
 */
@Entity
@Table(name = "SnapshotEventEntry")
@IdClass(Snapshot.Key.class)
public class Snapshot extends EventEntry {

	@Id
	private String aggregateIdentifier;

	@Id
	private long sequenceNumber;

	@Id
	private String type;

	protected Snapshot() {
	}

	/** The three parts of a snapshot's key. */
	public static class Key implements Serializable {

		private String aggregateIdentifier;

		private long sequenceNumber;

		private String type;

	}

}
