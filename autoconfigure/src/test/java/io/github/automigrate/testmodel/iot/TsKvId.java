package io.github.automigrate.testmodel.iot;

import java.io.Serializable;
import java.util.UUID;

/** The key of a time-series row: entity, key (as a dictionary number) and timestamp. */
public class TsKvId implements Serializable {

	private UUID entityId;

	private int key;

	private long ts;

	@Override
	public boolean equals(Object other) {
		return (other instanceof TsKvId that) && this.entityId.equals(that.entityId) && this.key == that.key
				&& this.ts == that.ts;
	}

	@Override
	public int hashCode() {
		return java.util.Objects.hash(this.entityId, this.key, this.ts);
	}

}
