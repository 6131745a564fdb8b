package io.github.automigrate.ordering.casing.jdbc;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Table {@code shelf} as a Spring Data JDBC aggregate maps it: the same columns, the id
 * named {@code "ID"} as written, which Spring Data quotes. On H2 that is the JPA entity's
 * unquoted {@code id} (folded to {@code ID}); on PostgreSQL, which folds to lower case,
 * it is another column.
 *
 * @param id the id
 * @param label the label
 */
@Table
public record Shelf(@Id @Column("ID") Long id, String label) {

}
