package io.github.automigrate.testmodel.caveatemptor;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A picture of an item: a file name and its size, kept in the item's ordered image list.
 */
@Embeddable
public class Image {

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String filename;

	private int width;

	private int height;

	protected Image() {
	}

}
