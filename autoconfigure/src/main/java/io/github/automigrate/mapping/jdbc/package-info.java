/**
 * Spring Data Relational aggregates as a schema source: the tables, columns and keys
 * Spring Data JDBC reads and writes, taken from its own mapping context, naming strategy,
 * dialect and conversions rather than from re-stated rules. The only package that imports
 * {@code org.springframework.data.relational}.
 */
@NullMarked
package io.github.automigrate.mapping.jdbc;

import org.jspecify.annotations.NullMarked;
