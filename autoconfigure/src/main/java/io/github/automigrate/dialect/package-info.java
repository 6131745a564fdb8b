/**
 * Everything that differs between databases, one small class per database.
 */
@NullMarked
package io.github.automigrate.dialect;

import org.jspecify.annotations.NullMarked;
