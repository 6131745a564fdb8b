package io.github.automigrate.testmodel.collections;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An item, found in maps by its code. */
@Entity
public class StoreItem {

	@Id
	private Long id;

	@Column(nullable = false, length = 20)
	private String code;

	protected StoreItem() {
	}

	public StoreItem(Long id, String code) {
		this.id = id;
		this.code = code;
	}

	public String getCode() {
		return this.code;
	}

}
