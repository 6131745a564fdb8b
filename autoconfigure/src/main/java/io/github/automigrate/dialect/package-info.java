/**
 * What differs between databases when AutoMigrate writes to them, one small class per
 * database and role: the {@code Dialect} (DDL, capabilities, the lock) and its
 * {@code TypeNames}. Reading the catalog is {@code introspect}'s.
 */
@NullMarked
package io.github.automigrate.dialect;

import org.jspecify.annotations.NullMarked;
