package io.github.automigrate.testmodel.customsequence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.hibernate.annotations.IdGeneratorType;

/** Generates a ticket's number with {@link TicketNumberGenerator}. */
@IdGeneratorType(TicketNumberGenerator.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD })
public @interface TicketNumber {

}
