package io.github.automigrate.testmodel.sharedkeycolumn;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;

/**
 * An orchard whose trees know it three ways: its one-to-many's NOT NULL key column
 * {@code orchard_ref} in {@code tree}, which the tree maps again as a read-only
 * {@code @ManyToOne} with a named foreign key and as a read-only basic column.
 */
@Entity
public class Orchard {

	@Id
	private Long id;

	private String name;

	@OneToMany
	@JoinColumn(name = "orchard_ref", nullable = false)
	private List<Tree> trees;

}
