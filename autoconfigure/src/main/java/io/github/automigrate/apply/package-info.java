/**
 * Applies a plan on one connection and verifies the result.
 */
@NullMarked
package io.github.automigrate.apply;

import org.jspecify.annotations.NullMarked;
