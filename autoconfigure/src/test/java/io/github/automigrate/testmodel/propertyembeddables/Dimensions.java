package io.github.automigrate.testmodel.propertyembeddables;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Dimensions with no access type of their own: read as the embedding entity reads its
 * attributes.
 */
@Embeddable
public class Dimensions {

	private Integer width;

	private Integer depth;

	@Column(name = "width_mm", nullable = false)
	public Integer getWidth() {
		return this.width;
	}

	public void setWidth(Integer width) {
		this.width = width;
	}

	@Column(name = "depth_mm")
	public Integer getDepth() {
		return this.depth;
	}

	public void setDepth(Integer depth) {
		this.depth = depth;
	}

}
