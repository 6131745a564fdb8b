package io.github.automigrate.testmodel.classoverrides;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * Attributes the entities below rename from their class, by a dotted path for the
 * embedded publisher.
 */
@MappedSuperclass
public abstract class Publication {

	@Id
	Long id;

	String title;

	Publisher printPublisher;

}
