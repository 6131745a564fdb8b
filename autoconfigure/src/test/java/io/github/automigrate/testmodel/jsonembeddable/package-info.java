/**
 * An embedded value stored as one JSON column (a Hibernate aggregate embeddable), and a
 * POJO stored as JSON.
 */
package io.github.automigrate.testmodel.jsonembeddable;
