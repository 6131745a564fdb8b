package io.github.automigrate.testmodel.sharedjoincolumn;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;

/**
 * Keeps notes through a unidirectional one-to-many whose implicit join column,
 * {@code notes_id}, is the same as that of another owner's: Hibernate declares a foreign
 * key from it to each owner.
 */
@Entity
public class Desk {

	@Id
	@GeneratedValue
	private Long id;

	@OneToMany
	@JoinColumn
	private List<Note> notes;

}
