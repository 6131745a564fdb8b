/**
 * The Spring Data JDBC sample application: an aggregate with a child collection and an
 * embedded value, whose tables AutoMigrate creates with no JPA on the class path.
 */
package io.github.automigrate.sample.datajdbc;
