/**
 * Immutable values describing a schema, shared by the expected side (from the entities)
 * and the actual side (read from the database).
 */
@NullMarked
package io.github.automigrate.model;

import org.jspecify.annotations.NullMarked;
