package io.github.automigrate.testmodel.iot;

import java.io.Serializable;
import java.util.UUID;

/** The key of an attribute: entity, scope and attribute name. */
public class AttributeKvId implements Serializable {

	private UUID entityId;

	private AttributeKv.Scope attributeType;

	private String attributeKey;

	@Override
	public boolean equals(Object other) {
		return (other instanceof AttributeKvId that) && this.entityId.equals(that.entityId)
				&& this.attributeType == that.attributeType && this.attributeKey.equals(that.attributeKey);
	}

	@Override
	public int hashCode() {
		return java.util.Objects.hash(this.entityId, this.attributeType, this.attributeKey);
	}

}
