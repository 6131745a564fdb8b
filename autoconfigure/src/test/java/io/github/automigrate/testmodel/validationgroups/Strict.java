package io.github.automigrate.testmodel.validationgroups;

/**
 * A Bean Validation group the application checks on demand; Hibernate does not apply its
 * constraints to DDL.
 */
public interface Strict {

}
