/**
 * The JPA front-end: finds the entity classes to migrate, and turns their JPA annotations
 * into the expected schema, with the application's JPA naming settings (Spring Boot's by
 * default) and Hibernate's type choices; Hibernate's {@code @ColumnDefault} and
 * {@code @Comment} and Bean Validation constraints apply where present, read by name so
 * that neither is a dependency. Knows nothing of the live database. The only package that
 * imports {@code jakarta.persistence}.
 */
@NullMarked
package io.github.automigrate.mapping.jpa;

import org.jspecify.annotations.NullMarked;
