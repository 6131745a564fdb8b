package io.github.automigrate.testmodel.jhipster;

import java.io.Serializable;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Persistable;

/**
 * Shaped after the JHipster sample application's authority: a string key, and Spring
 * Data's {@link Persistable} with its state kept in a field that is transient to both JPA
 * and Spring Data.
 */
@Entity
@Table(name = "jhi_authority")
@JsonIgnoreProperties({ "new", "id" })
public class Authority implements Serializable, Persistable<String> {

	private static final long serialVersionUID = 1L;

	@NotNull
	@Size(max = 50)
	@Id
	@Column(name = "name", length = 50, nullable = false)
	private String name;

	@org.springframework.data.annotation.Transient
	@Transient
	private boolean isPersisted;

	@PostLoad
	@PostPersist
	public void updateEntityState() {
		this.isPersisted = true;
	}

	@Override
	public String getId() {
		return this.name;
	}

	@org.springframework.data.annotation.Transient
	@Transient
	@Override
	public boolean isNew() {
		return !this.isPersisted;
	}

}
