/**
 * Turns JPA annotations into the expected schema, with the application's JPA naming settings (Spring Boot's by
 * default) and Hibernate's type choices; Hibernate's {@code @ColumnDefault} and {@code @Comment} and Bean Validation
 * constraints apply where present, read by name so that neither is a dependency. Knows nothing of the live database.
 */
@NullMarked
package io.github.automigrate.mapping;

import org.jspecify.annotations.NullMarked;
