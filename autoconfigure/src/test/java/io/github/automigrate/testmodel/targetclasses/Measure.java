package io.github.automigrate.testmodel.targetclasses;

import jakarta.persistence.Embeddable;

/** The embeddable that implements {@link Dimension}. */
@Embeddable
public class Measure implements Dimension {

	private int width;

	private int depth;

	@Override
	public int getWidth() {
		return this.width;
	}

}
