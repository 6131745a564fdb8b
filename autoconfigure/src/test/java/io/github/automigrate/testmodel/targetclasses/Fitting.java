package io.github.automigrate.testmodel.targetclasses;

/** What a wardrobe's map is keyed by in Java; {@link Hook} is the entity. */
public interface Fitting {

	Long getId();

}
