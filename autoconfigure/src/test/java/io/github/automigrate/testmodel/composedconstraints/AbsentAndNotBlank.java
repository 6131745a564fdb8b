package io.github.automigrate.testmodel.composedconstraints;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Null;
import org.hibernate.validator.constraints.CompositionType;
import org.hibernate.validator.constraints.ConstraintComposition;

/**
 * Null and not blank (a constraint nothing meets): one part forbids null, and Hibernate
 * makes the column NOT NULL.
 */
@ConstraintComposition(CompositionType.AND)
@Null
@NotBlank
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface AbsentAndNotBlank {

	String message() default "invalid";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
