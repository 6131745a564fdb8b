/**
 * Reads the live schema, in bulk, into the same model the mapping produces.
 */
@NullMarked
package io.github.automigrate.introspect;

import org.jspecify.annotations.NullMarked;
