package io.github.automigrate.testmodel.foreignkeynames;

import jakarta.persistence.ConstraintMode;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.PrimaryKeyJoinColumn;

/** A joined subclass whose key has no foreign key to the root. */
@Entity
@PrimaryKeyJoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
public class Widget extends Item {

	private String colour;

}
