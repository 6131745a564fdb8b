/**
 * Finds the entity classes to migrate.
 */
@NullMarked
package io.github.automigrate.scan;

import org.jspecify.annotations.NullMarked;
