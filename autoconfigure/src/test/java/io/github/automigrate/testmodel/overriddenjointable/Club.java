package io.github.automigrate.testmodel.overriddenjointable;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;

/**
 * A club whose embedded reading list moves to a join table of the club's own, with its
 * own column names: Hibernate takes the override's join table whole.
 */
@Entity
public class Club {

	@Id
	private Long id;

	@Embedded
	@AssociationOverride(name = "titles", joinTable = @JoinTable(name = "club_titles",
			joinColumns = @JoinColumn(name = "club_ref"), inverseJoinColumns = @JoinColumn(name = "title_ref")))
	private ReadingList reading;

}
