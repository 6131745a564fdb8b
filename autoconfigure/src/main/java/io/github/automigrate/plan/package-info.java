/**
 * Turns a diff into an ordered plan of statements, each keeping its change and safety
 * class.
 */
@NullMarked
package io.github.automigrate.plan;

import org.jspecify.annotations.NullMarked;
