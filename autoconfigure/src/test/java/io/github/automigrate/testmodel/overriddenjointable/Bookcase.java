package io.github.automigrate.testmodel.overriddenjointable;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;

/**
 * A bookcase naming the join table of the collection its mapped superclass declares.
 */
@Entity
@AssociationOverride(name = "shelved",
		joinTable = @JoinTable(name = "bookcase_titles", inverseJoinColumns = @JoinColumn(name = "title_id")))
public class Bookcase extends Shelved {

	@Id
	private Long id;

}
