package io.github.automigrate.testmodel.sharedkeycolumn;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A tree: {@code orchard_ref} is mapped by the orchard's one-to-many (NOT NULL), by
 * {@link #orchard} (NOT NULL, a named foreign key) and by {@link #orchardId} (nullable).
 * Hibernate 7.4 keeps the basic column's shape, binding it before any join column, and
 * the one foreign key over the column takes the declared name.
 */
@Entity
public class Tree {

	@Id
	private Long id;

	private String species;

	@ManyToOne
	@JoinColumn(name = "orchard_ref", nullable = false, insertable = false, updatable = false,
			foreignKey = @ForeignKey(name = "FK_TREE_ORCHARD"))
	private Orchard orchard;

	@Column(name = "orchard_ref", insertable = false, updatable = false)
	private Long orchardId;

}
