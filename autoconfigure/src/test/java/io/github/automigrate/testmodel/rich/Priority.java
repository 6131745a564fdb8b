package io.github.automigrate.testmodel.rich;

/** A value type that an auto-applied converter stores as text. */
public record Priority(int level) {
}
