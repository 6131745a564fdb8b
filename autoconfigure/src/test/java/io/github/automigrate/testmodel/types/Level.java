package io.github.automigrate.testmodel.types;

/** An enum, stored by ordinal or by name. */
public enum Level {

	LOW, MEDIUM, HIGH

}
