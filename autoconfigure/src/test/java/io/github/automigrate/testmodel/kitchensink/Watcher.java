package io.github.automigrate.testmodel.kitchensink;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;

/** The inverse side of a many-to-many ({@code mappedBy}), with an IDENTITY id. */
@Entity
public class Watcher {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	@ManyToMany(mappedBy = "watchers")
	private Set<Folder> folders = new HashSet<>();

}
