package io.github.automigrate.testmodel.collections.clash;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** Declares an index under a name that another entity's table uses too. */
@Entity
@Table(indexes = @Index(name = "idx_code", columnList = "code"))
public class Rose {

	@Id
	private Long id;

	private String code;

}
