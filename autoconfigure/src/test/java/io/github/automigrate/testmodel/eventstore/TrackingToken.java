package io.github.automigrate.testmodel.eventstore;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** How far one segment of an event processor has read, and which node holds its claim. */
@Entity
@Table(name = "TokenEntry")
@IdClass(TrackingToken.Key.class)
public class TrackingToken {

	@Id
	private String processorName;

	@Id
	private int segment;

	@Lob
	@Column(length = 10000)
	private byte[] token;

	private String tokenType;

	private String timestamp;

	private String owner;

	protected TrackingToken() {
	}

	/** A processor's name and segment. */
	public static class Key implements Serializable {

		private String processorName;

		private int segment;

	}

}
