/**
 * The benchmark: AutoMigrate against Hibernate's schema update and direct JDBC metadata
 * reads.
 */
package io.github.automigrate.benchmarks;
