package io.github.automigrate.testmodel.sharedtable;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A track whose 36-long id is read through its getter. */
@Entity
public class Track {

	@Id
	@Column(name = "ID", length = 36)
	@Access(AccessType.PROPERTY)
	private String id;

	public String getId() {
		return this.id;
	}

	public void setId(String id) {
		this.id = id;
	}

}
