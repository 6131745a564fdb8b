package io.github.automigrate.testmodel.caveatemptor;

import java.io.Serializable;
import java.util.Date;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

/**
 * An item listed in a category, as a link entity: its key the two ids, the associations
 * read-only over the same columns, who added it and when.
 */
@Entity
@Table(name = "CATEGORY_ITEM_LINK")
@org.hibernate.annotations.Immutable
public class CategorizedItem {

	@EmbeddedId
	private Key id;

	@NotNull
	@Column(updatable = false)
	private String addedBy;

	@NotNull
	@Column(updatable = false)
	private Date addedOn = new Date();

	@ManyToOne
	@JoinColumn(name = "CATEGORY_ID", insertable = false, updatable = false)
	private Category category;

	@ManyToOne
	@JoinColumn(name = "ITEM_ID", insertable = false, updatable = false)
	private Item item;

	protected CategorizedItem() {
	}

	/** The category's id and the item's. */
	@Embeddable
	public static class Key implements Serializable {

		@Column(name = "CATEGORY_ID")
		private Long categoryId;

		@Column(name = "ITEM_ID")
		private Long itemId;

	}

}
