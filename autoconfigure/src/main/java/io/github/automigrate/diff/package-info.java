/**
 * Compares the expected schema with the actual one, as data: what is missing, and the
 * drift left alone. No SQL, no JDBC.
 */
@NullMarked
package io.github.automigrate.diff;

import org.jspecify.annotations.NullMarked;
