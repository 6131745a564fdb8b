package io.github.automigrate.testmodel.composedconstraints;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A constraint of our own, composed of {@code @NotNull} and {@code @Size(max = 17)}. */
@NotNull
@Size(min = 10, max = 17)
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface Isbn {

	String message() default "not an ISBN";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
