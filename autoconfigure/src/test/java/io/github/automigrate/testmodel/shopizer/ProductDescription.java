package io.github.automigrate.testmodel.shopizer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * A product's text in one language, with a {@code text} highlight and an index on its
 * search-engine URL.
 */
@Entity
@Table(name = "PRODUCT_DESCRIPTION",
		uniqueConstraints = @UniqueConstraint(columnNames = { "PRODUCT_ID", "LANGUAGE_ID" }),
		indexes = @Index(name = "PRODUCT_DESCRIPTION_SEF_URL", columnList = "SEF_URL"))
public class ProductDescription extends Description {

	@ManyToOne(targetEntity = Product.class)
	@JoinColumn(name = "PRODUCT_ID", nullable = false)
	private Product product;

	@Column(name = "PRODUCT_HIGHLIGHT", columnDefinition = "text")
	private String productHighlight;

	@Column(name = "SEF_URL")
	private String seUrl;

	@Column(name = "META_TITLE")
	private String metatagTitle;

}
