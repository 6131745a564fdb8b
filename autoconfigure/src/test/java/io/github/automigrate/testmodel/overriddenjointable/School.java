package io.github.automigrate.testmodel.overriddenjointable;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;

/**
 * A school overriding its embedded reading list's join table from the class, by path.
 */
@Entity
@AssociationOverride(name = "reading.titles", joinTable = @JoinTable(name = "school_titles"))
public class School {

	@Id
	private Long id;

	@Embedded
	private ReadingList reading;

}
