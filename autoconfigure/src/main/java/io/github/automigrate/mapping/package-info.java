/**
 * Turns JPA annotations into the expected schema, with Spring Boot's default naming and Hibernate's type choices.
 * Knows nothing of the live database.
 */
@NullMarked
package io.github.automigrate.mapping;

import org.jspecify.annotations.NullMarked;
