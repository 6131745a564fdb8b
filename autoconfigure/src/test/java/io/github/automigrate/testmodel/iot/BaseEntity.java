package io.github.automigrate.testmodel.iot;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * The id and creation time every platform entity shares; typed by the domain object it
 * converts to.
 */
@MappedSuperclass
public abstract class BaseEntity<D> {

	@Id
	@Column(name = "id")
	protected UUID id;

	@Column(name = "created_time", updatable = false)
	protected long createdTime;

	@jakarta.persistence.Transient
	protected D cachedData;

}
