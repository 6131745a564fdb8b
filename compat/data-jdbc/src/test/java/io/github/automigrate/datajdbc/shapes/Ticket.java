package io.github.automigrate.datajdbc.shapes;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.InsertOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Shape 10: an id the application supplies, a version, read-only, insert-only and
 * transient properties.
 */
@Table
public class Ticket {

	@Id
	UUID id;

	@Version
	Long version;

	String subject;

	@ReadOnlyProperty
	String computed;

	@InsertOnlyProperty
	Instant created;

	@Transient
	String tmp;

	public Ticket(UUID id, String subject, Instant created) {
		this.id = id;
		this.subject = subject;
		this.created = created;
	}

}
