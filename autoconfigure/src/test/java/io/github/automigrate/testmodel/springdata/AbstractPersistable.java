package io.github.automigrate.testmodel.springdata;

import java.io.Serializable;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * Shaped after Spring Data JPA's {@code AbstractPersistable}: a generated identifier
 * whose type the subclass chooses.
 *
 * @param <PK> the identifier's type
 */
@MappedSuperclass
public abstract class AbstractPersistable<PK extends Serializable> implements Persistable<PK> {

	@Id
	@GeneratedValue
	private PK id;

	@Override
	public PK getId() {
		return this.id;
	}

	@Transient
	@Override
	public boolean isNew() {
		return this.id == null;
	}

}
