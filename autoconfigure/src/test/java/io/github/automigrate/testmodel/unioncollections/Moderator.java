package io.github.automigrate.testmodel.unioncollections;

import jakarta.persistence.Entity;

/** A member with a table of its own, inheriting the member's collections. */
@Entity
public class Moderator extends Member {

	private int level;

}
