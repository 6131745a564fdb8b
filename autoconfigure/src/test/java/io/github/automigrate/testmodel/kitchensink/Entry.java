package io.github.automigrate.testmodel.kitchensink;

import jakarta.persistence.ConstraintMode;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/**
 * A reference without a foreign key ({@code NO_CONSTRAINT}), and one with a named foreign
 * key that the database sets to null when its target is deleted.
 */
@Entity
public class Entry {

	@Id
	@GeneratedValue
	private Long id;

	private String text;

	@ManyToOne
	@JoinColumn(name = "owner_id", foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
	private Watcher owner;

	@ManyToOne
	@JoinColumn(name = "reviewer_id",
			foreignKey = @ForeignKey(value = ConstraintMode.CONSTRAINT, name = "fk_entry_reviewer"))
	@OnDelete(action = OnDeleteAction.SET_NULL)
	private Watcher reviewer;

}
