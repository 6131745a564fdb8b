package io.github.automigrate.testmodel.iot;

import java.io.Serializable;
import java.util.UUID;

/** The key of a latest time-series value: entity and key. */
public class TsKvLatestId implements Serializable {

	private UUID entityId;

	private int key;

	@Override
	public boolean equals(Object other) {
		return (other instanceof TsKvLatestId that) && this.entityId.equals(that.entityId) && this.key == that.key;
	}

	@Override
	public int hashCode() {
		return java.util.Objects.hash(this.entityId, this.key);
	}

}
