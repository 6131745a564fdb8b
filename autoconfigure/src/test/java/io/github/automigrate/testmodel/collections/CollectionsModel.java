package io.github.automigrate.testmodel.collections;

import java.util.List;

import org.hibernate.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Collection tables as published models write them: element collections whose table {@code @JoinTable} names, maps
 * keyed by an entity of two identifier columns ({@code @MapKeyJoinColumns}), maps keyed by an attribute of their
 * target ({@code @MapKey}), and two element collections of one owner with the same column names (as Keycloak's
 * client has its redirect URIs and web origins).
 */
public final class CollectionsModel {

	public static final List<Class<?>> CLASSES = List.of(Catalogue.class);

	private CollectionsModel() {
	}

	/**
	 * Persists an owner of each collection, with elements, through Hibernate: every insert it writes must work.
	 * @param session an open session, in a transaction
	 */
	public static void persistSamples(Session session) {
		Catalogue catalogue = new Catalogue(1L, "spring");
		catalogue.getKeywords().add("seeds");
		catalogue.getAliases().add("bulbs");
		session.persist(catalogue);
	}

	/**
	 * Reads the samples back through Hibernate.
	 * @param session an open session, in a transaction
	 */
	public static void readSamples(Session session) {
		Catalogue catalogue = session.find(Catalogue.class, 1L);
		assertThat(catalogue.getKeywords()).containsExactly("seeds");
		assertThat(catalogue.getAliases()).containsExactly("bulbs");
	}

}
