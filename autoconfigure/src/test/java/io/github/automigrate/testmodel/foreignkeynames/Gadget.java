package io.github.automigrate.testmodel.foreignkeynames;

import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.PrimaryKeyJoinColumn;

/** A joined subclass whose key's foreign key to the root is named. */
@Entity
@PrimaryKeyJoinColumn(name = "item_id", foreignKey = @ForeignKey(name = "fk_gadget_is_item"))
public class Gadget extends Item {

	private int voltage;

}
