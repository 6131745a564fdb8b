package io.github.automigrate.testmodel.secondaryindexes;

import java.util.List;

/** Indexes and unique constraints that {@code @SecondaryTable} declares. */
public final class SecondaryIndexesModel {

	/** Every entity of the model. */
	public static final List<Class<?>> CLASSES = List.of(Dealer.class, Outlet.class);

	private SecondaryIndexesModel() {
	}

}
