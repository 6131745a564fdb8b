package io.github.automigrate.testmodel.eventstore;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Lob;
import jakarta.persistence.MappedSuperclass;

/** What every stored event has: its id, when, and its serialized payload and metadata. */
@MappedSuperclass
public abstract class EventEntry {

	@Column(nullable = false, unique = true)
	private String eventIdentifier;

	@Basic(optional = false)
	private String timeStamp;

	@Basic(optional = false)
	private String payloadType;

	@Basic
	private String payloadRevision;

	@Basic(optional = false)
	@Lob
	@Column(length = 10000)
	private byte[] payload;

	@Basic
	@Lob
	@Column(length = 10000)
	private byte[] metaData;

	protected EventEntry() {
	}

}
