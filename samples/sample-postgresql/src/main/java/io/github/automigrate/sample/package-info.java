/**
 * The PostgreSQL sample application: a small library catalogue whose tables AutoMigrate
 * creates.
 */
package io.github.automigrate.sample;
