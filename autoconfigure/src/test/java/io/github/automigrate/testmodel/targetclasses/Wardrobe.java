package io.github.automigrate.testmodel.targetclasses;

import java.util.Map;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MapKeyClass;
import jakarta.persistence.MapKeyJoinColumn;

/**
 * A wardrobe whose maps are declared with interfaces:
 * {@code @ElementCollection(targetClass)} names the embeddable stored as the value,
 * {@code @MapKeyClass} the entity that keys the map.
 */
@Entity
public class Wardrobe {

	@Id
	private Long id;

	@ElementCollection(targetClass = Measure.class)
	private Map<String, Dimension> compartments;

	@ElementCollection(targetClass = Measure.class)
	@MapKeyClass(Hook.class)
	@MapKeyJoinColumn
	private Map<Fitting, Dimension> spaceByHook;

}
