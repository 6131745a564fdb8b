package io.github.automigrate.compat.slices35;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The application the Spring Boot 3.5 slice tests find. Outside the compatibility
 * application's package, so that its component scan does not take this one (and this
 * entity) in.
 */
@SpringBootApplication
public class SliceApplication {

}
