/**
 * The {@code automigrate} actuator endpoint.
 */
@NullMarked
package io.github.automigrate.actuate;

import org.jspecify.annotations.NullMarked;
