package io.github.automigrate.testmodel.types;

import java.io.Serializable;

/**
 * A plain serializable class, neither entity nor embeddable: Hibernate stores it
 * serialized.
 */
public class Payload implements Serializable {

	private static final long serialVersionUID = 1L;

	private String text;

}
