/**
 * A Spring Boot 3.5 application that starts with the AutoMigrate starter.
 */
package io.github.automigrate.compat.boot35;
