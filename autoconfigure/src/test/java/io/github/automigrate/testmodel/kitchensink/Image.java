package io.github.automigrate.testmodel.kitchensink;

import jakarta.persistence.Entity;

/** A concrete table of the table-per-class hierarchy. */
@Entity
public class Image extends Asset {

	private int width;

	private int height;

}
