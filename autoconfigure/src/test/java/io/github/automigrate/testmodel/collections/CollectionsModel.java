package io.github.automigrate.testmodel.collections;

import java.util.List;

import org.hibernate.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Collection tables as published models write them: element collections whose table
 * {@code @JoinTable} names, maps keyed by an entity of two identifier columns
 * ({@code @MapKeyJoinColumns}), maps keyed by an attribute of their target
 * ({@code @MapKey}), and two element collections of one owner with the same column names
 * (as Keycloak's client has its redirect URIs and web origins).
 */
public final class CollectionsModel {

	public static final List<Class<?>> CLASSES = List.of(Catalogue.class, Region.class, PriceList.class,
			StoreItem.class, StorePart.class, Storefront.class, AppClient.class);

	private CollectionsModel() {
	}

	/**
	 * Persists an owner of each collection, with elements, through Hibernate: every
	 * insert it writes must work.
	 * @param session an open session, in a transaction
	 */
	public static void persistSamples(Session session) {
		Catalogue catalogue = new Catalogue(1L, "spring");
		catalogue.getKeywords().add("seeds");
		catalogue.getAliases().add("bulbs");
		session.persist(catalogue);
		Region north = new Region("SE", "NORTH");
		session.persist(north);
		StoreItem seeds = new StoreItem(1L, "seeds");
		StoreItem bulbs = new StoreItem(2L, "bulbs");
		session.persist(seeds);
		session.persist(bulbs);
		PriceList prices = new PriceList(1L);
		prices.getPrices().put(north, new java.math.BigDecimal("12.50"));
		prices.getFeatured().put(north, seeds);
		session.persist(prices);
		StorePart shovel = new StorePart(1L, "shovel");
		session.persist(shovel);
		Storefront front = new Storefront(1L);
		front.getItemsByCode().put("seeds", seeds);
		front.getPartsByCode().put("shovel", shovel);
		front.getFeaturedByCode().put("bulbs", bulbs);
		front.getStockedById().put(1L, seeds);
		front.getStockedById().put(2L, bulbs);
		session.persist(front);
		AppClient client = new AppClient("app");
		client.getRedirectUris().add("https://example.org/callback");
		client.getWebOrigins().add("https://example.org");
		session.persist(client);
	}

	/**
	 * Reads the samples back through Hibernate.
	 * @param session an open session, in a transaction
	 */
	public static void readSamples(Session session) {
		Catalogue catalogue = session.find(Catalogue.class, 1L);
		assertThat(catalogue.getKeywords()).containsExactly("seeds");
		assertThat(catalogue.getAliases()).containsExactly("bulbs");
		PriceList prices = session.find(PriceList.class, 1L);
		assertThat(prices.getPrices().values()).singleElement()
			.satisfies((price) -> assertThat(price).isEqualByComparingTo("12.50"));
		assertThat(prices.getFeatured().values()).extracting(StoreItem::getCode).containsExactly("seeds");
		Storefront front = session.find(Storefront.class, 1L);
		assertThat(front.getItemsByCode()).containsOnlyKeys("seeds");
		assertThat(front.getPartsByCode()).containsOnlyKeys("shovel");
		assertThat(front.getFeaturedByCode()).containsOnlyKeys("bulbs");
		// Not read: Hibernate 7.4 loads a @MapKey without a name from a column "id" of
		// the join table, which neither its own create nor AutoMigrate makes; the rows
		// were written all the same.
		AppClient client = session.find(AppClient.class, "app");
		assertThat(client.getRedirectUris()).containsExactly("https://example.org/callback");
		assertThat(client.getWebOrigins()).containsExactly("https://example.org");
	}

}
