package io.github.automigrate.testmodel.legacyrefs;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A note kept on a part, keyed to it by the part number through a unidirectional
 * one-to-many.
 */
@Entity
@Table(name = "PART_NOTE")
public class PartNote {

	@Id
	private Long id;

	private String text;

}
