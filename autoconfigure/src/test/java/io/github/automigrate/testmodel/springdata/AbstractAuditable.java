package io.github.automigrate.testmodel.springdata;

import java.io.Serializable;
import java.util.Date;

import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;

/**
 * Shaped after Spring Data JPA's {@code AbstractAuditable}: the auditor is a type
 * variable, resolved to an entity by the subclass, and the dates are {@code @Temporal}
 * {@link Date}s.
 *
 * @param <U> the auditor's type
 * @param <PK> the identifier's type
 */
@MappedSuperclass
public abstract class AbstractAuditable<U, PK extends Serializable> extends AbstractPersistable<PK> {

	@ManyToOne
	private U createdBy;

	@Temporal(TemporalType.TIMESTAMP)
	private Date createdDate;

	@ManyToOne
	private U lastModifiedBy;

	@Temporal(TemporalType.TIMESTAMP)
	private Date lastModifiedDate;

}
