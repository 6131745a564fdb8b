package io.github.automigrate.testmodel.chain;

import java.util.List;

/**
 * Seven tables with seven foreign keys: a chain of five (region, country, city, street,
 * house; region also refers to itself) and a cycle of two (team and player refer to each
 * other). No generated identifiers, so no sequences.
 */
public final class ChainModel {

	/** The entities. */
	public static final List<Class<?>> CLASSES = List.of(House.class, Street.class, City.class, Country.class,
			Region.class, Team.class, Player.class);

	/** How many tables the entities map. */
	public static final int TABLES = 7;

	/** How many of their foreign keys close a cycle. */
	public static final int CYCLE_EDGES = 1;

	private ChainModel() {
	}

}
