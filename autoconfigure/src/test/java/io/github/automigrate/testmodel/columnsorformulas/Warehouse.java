package io.github.automigrate.testmodel.columnsorformulas;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A warehouse, referred to by its unique code.
 */
@Entity
public class Warehouse {

	@Id
	private Long id;

	@Column(unique = true)
	private String code;

}
