package io.github.automigrate.testmodel.shopizer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A category's text in one language: one per category and language. */
@Entity
@Table(name = "CATEGORY_DESCRIPTION",
		uniqueConstraints = @UniqueConstraint(columnNames = { "CATEGORY_ID", "LANGUAGE_ID" }))
public class CategoryDescription extends Description {

	@ManyToOne(targetEntity = Category.class)
	@JoinColumn(name = "CATEGORY_ID", nullable = false)
	private Category category;

	@Column(name = "SEF_URL", length = 120)
	private String seUrl;

	@Column(name = "CATEGORY_HIGHLIGHT")
	private String categoryHighlight;

	@Column(name = "META_TITLE", length = 120)
	private String metatagTitle;

	@Column(name = "META_KEYWORDS")
	private String metatagKeywords;

	@Column(name = "META_DESCRIPTION")
	private String metatagDescription;

}
