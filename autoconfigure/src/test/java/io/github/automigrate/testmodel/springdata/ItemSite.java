package io.github.automigrate.testmodel.springdata;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;

/**
 * Shaped after Spring Data JPA's sample item site: an {@code @IdClass} key made of two
 * {@code @ManyToOne}s, one of them to a composite key through {@code @JoinColumns}.
 */
@Entity
@IdClass(ItemSiteId.class)
public class ItemSite {

	@Id
	@ManyToOne
	@JoinColumns({ @JoinColumn(name = "item_id", referencedColumnName = "id"),
			@JoinColumn(name = "item_manufacturerId", referencedColumnName = "manufacturer_id") })
	private Item item;

	@Id
	@ManyToOne
	@JoinColumn(name = "site_id")
	private Site site;

}
