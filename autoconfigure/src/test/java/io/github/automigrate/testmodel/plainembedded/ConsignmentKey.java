package io.github.automigrate.testmodel.plainembedded;

import java.io.Serializable;
import java.util.Objects;

/** An @EmbeddedId class without @Embeddable. */
public class ConsignmentKey implements Serializable {

	private Long orderNumber;

	private Integer lineNumber;

	@Override
	public boolean equals(Object other) {
		return other instanceof ConsignmentKey key && Objects.equals(this.orderNumber, key.orderNumber)
				&& Objects.equals(this.lineNumber, key.lineNumber);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.orderNumber, this.lineNumber);
	}

}
