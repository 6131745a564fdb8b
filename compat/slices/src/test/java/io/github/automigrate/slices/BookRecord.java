package io.github.automigrate.slices;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The same table as Spring Data JDBC reads it, for the {@code @DataJdbcTest} slice.
 *
 * @param id the key
 * @param title the title
 * @param pages the number of pages
 */
@Table("book")
public record BookRecord(@Id Long id, String title, int pages) {

}
