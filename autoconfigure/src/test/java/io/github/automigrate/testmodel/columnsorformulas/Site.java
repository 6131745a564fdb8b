package io.github.automigrate.testmodel.columnsorformulas;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

/**
 * A site with a composite key, joined by two columns.
 */
@Entity
public class Site {

	@EmbeddedId
	private SiteKey key;

	private String label;

}
