package io.github.automigrate.testmodel.collections;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A part, which a storefront owns through a join column, found by its code. */
@Entity
public class StorePart {

	@Id
	private Long id;

	@Column(nullable = false, length = 20)
	private String code;

	protected StorePart() {
	}

	public StorePart(Long id, String code) {
		this.id = id;
		this.code = code;
	}

	public String getCode() {
		return this.code;
	}

}
