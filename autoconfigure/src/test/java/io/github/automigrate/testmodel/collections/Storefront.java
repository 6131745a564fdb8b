package io.github.automigrate.testmodel.collections;

import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKey;
import jakarta.persistence.OneToMany;

/**
 * Maps keyed by an attribute of their target ({@code @MapKey}): Hibernate reads the key
 * from the target's row, so the join table has no key column of its own.
 */
@Entity
public class Storefront {

	@Id
	private Long id;

	@OneToMany
	@JoinTable(name = "storefront_items")
	@MapKey(name = "code")
	private Map<String, StoreItem> itemsByCode = new HashMap<>();

	@OneToMany
	@JoinColumn(name = "storefront_id")
	@MapKey(name = "code")
	private Map<String, StorePart> partsByCode = new HashMap<>();

	@ManyToMany
	@JoinTable(name = "storefront_featured")
	@MapKey(name = "code")
	private Map<String, StoreItem> featuredByCode = new HashMap<>();

	@ManyToMany
	@JoinTable(name = "storefront_stocked")
	@MapKey
	private Map<Long, StoreItem> stockedById = new HashMap<>();

	protected Storefront() {
	}

	public Storefront(Long id) {
		this.id = id;
	}

	public Map<String, StoreItem> getItemsByCode() {
		return this.itemsByCode;
	}

	public Map<String, StorePart> getPartsByCode() {
		return this.partsByCode;
	}

	public Map<String, StoreItem> getFeaturedByCode() {
		return this.featuredByCode;
	}

	public Map<Long, StoreItem> getStockedById() {
		return this.stockedById;
	}

}
