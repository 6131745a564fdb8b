package io.github.automigrate.testmodel.sharedjoincolumn;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A note, kept by desks and by drawers through one join column, {@code notes_id}. */
@Entity
public class Note {

	@Id
	@GeneratedValue
	private Long id;

	private String text;

}
