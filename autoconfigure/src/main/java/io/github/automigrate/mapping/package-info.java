/**
 * The neutral core of the mapping front-ends: a
 * {@link io.github.automigrate.mapping.SchemaSource} per front-end reads the schema its
 * classes expect as a {@link io.github.automigrate.mapping.MappedSchema}, and
 * {@link io.github.automigrate.mapping.SchemaSources} merges what every source read.
 * Knows no annotation and nothing of the live database; the JPA reader is in
 * {@code mapping.jpa}.
 */
@NullMarked
package io.github.automigrate.mapping;

import org.jspecify.annotations.NullMarked;
