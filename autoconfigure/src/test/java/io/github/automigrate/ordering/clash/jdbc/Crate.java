package io.github.automigrate.ordering.clash.jdbc;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Table {@code crate} as a Spring Data JDBC aggregate maps it: an id and a weight, not
 * the JPA entity's label.
 *
 * @param id the id
 * @param weight the weight
 */
@Table
public record Crate(@Id Long id, int weight) {

}
