/**
 * Reads the live schema, in bulk, into the same model the mapping produces: one
 * {@code Catalog} per database holds its catalog queries, each beside the code that reads
 * its rows into typed rows.
 */
@NullMarked
package io.github.automigrate.introspect;

import org.jspecify.annotations.NullMarked;
