/**
 * Finds the entity classes to migrate.
 */
@NullMarked
package io.github.automigrate.mapping.jpa;

import org.jspecify.annotations.NullMarked;
