/**
 * Spring Boot auto-configuration for AutoMigrate.
 */
@NullMarked
package io.github.automigrate.autoconfigure;

import org.jspecify.annotations.NullMarked;
