package io.github.automigrate.testmodel.idaccess;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A badge whose identifier is read through its getter, and whose other attributes are
 * fields (one annotated, one plain and without a getter): field access, as Hibernate
 * infers it from the annotated field.
 */
@Entity
public class Badge {

	private Long id;

	@Column(length = 40)
	private String holder;

	private String colour;

	@Id
	@Access(AccessType.PROPERTY)
	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public String getHolder() {
		return this.holder;
	}

	public void setHolder(String holder) {
		this.holder = holder;
	}

}
