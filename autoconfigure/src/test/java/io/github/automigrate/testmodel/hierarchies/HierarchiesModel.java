package io.github.automigrate.testmodel.hierarchies;

import java.util.List;

/**
 * Abstract {@code @Entity} roots of each inheritance strategy, which a scan must not skip
 * as Spring's component scan skips abstract classes, and an entity referring to them.
 */
public final class HierarchiesModel {

	/** Every entity of the model, the abstract roots included. */
	public static final List<Class<?>> CLASSES = List.of(Vehicle.class, Car.class, Truck.class, Manual.class,
			RepairManual.class, OwnerManual.class, Toll.class, CardToll.class, CashToll.class, Garage.class);

	/**
	 * The concrete entities only, as a hand-made list may give them: Hibernate follows
	 * their superclasses.
	 */
	public static final List<Class<?>> CONCRETE = List.of(Car.class, Truck.class, RepairManual.class, OwnerManual.class,
			CardToll.class, CashToll.class, Garage.class);

	private HierarchiesModel() {
	}

}
