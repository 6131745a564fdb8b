package io.github.automigrate.testmodel.kitchensink;

import java.time.Duration;

import jakarta.persistence.Entity;

/** Another concrete table of the table-per-class hierarchy. */
@Entity
public class Clip extends Asset {

	private Duration length;

}
