package io.github.automigrate.testmodel.overriddenjointable;

import java.util.List;

import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;

/**
 * A list of titles whose join table each embedding names for itself.
 */
@Embeddable
public class ReadingList {

	@ManyToMany
	@JoinTable(name = "reading_titles")
	private List<Title> titles;

}
