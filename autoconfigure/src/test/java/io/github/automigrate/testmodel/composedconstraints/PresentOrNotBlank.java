package io.github.automigrate.testmodel.composedconstraints;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.CompositionType;
import org.hibernate.validator.constraints.ConstraintComposition;

/** Not null or not blank: each part forbids null, so the column is NOT NULL. */
@ConstraintComposition(CompositionType.OR)
@NotNull
@NotBlank
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface PresentOrNotBlank {

	String message() default "invalid";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
