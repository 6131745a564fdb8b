package io.github.automigrate.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Marks the {@link javax.sql.DataSource} bean that AutoMigrate migrates, when it is not
 * the application's primary one: a second database, or the same database reached by a
 * user allowed to change its schema. The application's own DataSource is then normally
 * marked {@code @Primary}. Takes precedence over {@code schema.automigrate.url},
 * {@code user} and {@code password}.
 */
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Qualifier
public @interface AutoMigrateDataSource {

}
