package io.github.automigrate.testmodel.targetclasses;

/** What a wardrobe's maps are declared with; {@link Measure} is what Hibernate stores. */
public interface Dimension {

	int getWidth();

}
