package io.github.automigrate.testmodel.collections;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyJoinColumn;
import jakarta.persistence.MapKeyJoinColumns;

/**
 * Maps keyed by an entity of two identifier columns, through {@code @MapKeyJoinColumns}
 * whose referenced column names are written in another case than the key's fields. They
 * are listed in the key's order (code, country): MariaDB refuses a foreign key whose
 * columns are in another order than an index of the referenced table, Hibernate's too.
 */
@Entity
public class PriceList {

	@Id
	private Long id;

	@ElementCollection
	@CollectionTable(name = "price_list_prices", joinColumns = @JoinColumn(name = "price_list_id"))
	@MapKeyJoinColumns({ @MapKeyJoinColumn(name = "region_code", referencedColumnName = "Code"),
			@MapKeyJoinColumn(name = "region_country", referencedColumnName = "COUNTRY") })
	@Column(name = "price", precision = 12, scale = 2)
	private Map<Region, BigDecimal> prices = new HashMap<>();

	@ManyToMany
	@JoinTable(name = "price_list_featured", joinColumns = @JoinColumn(name = "price_list_id"),
			inverseJoinColumns = @JoinColumn(name = "item_id"))
	@MapKeyJoinColumns({ @MapKeyJoinColumn(name = "featured_code", referencedColumnName = "code"),
			@MapKeyJoinColumn(name = "featured_country", referencedColumnName = "country") })
	private Map<Region, StoreItem> featured = new HashMap<>();

	protected PriceList() {
	}

	public PriceList(Long id) {
		this.id = id;
	}

	public Map<Region, BigDecimal> getPrices() {
		return this.prices;
	}

	public Map<Region, StoreItem> getFeatured() {
		return this.featured;
	}

}
