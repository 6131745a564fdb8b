package io.github.automigrate.testmodel.caveatemptor;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A file's name and extension, the key of a map of pictures. */
@Embeddable
public class Filename {

	@Column(nullable = false)
	private String name;

	@Column(nullable = false, length = 8)
	private String extension;

	protected Filename() {
	}

}
