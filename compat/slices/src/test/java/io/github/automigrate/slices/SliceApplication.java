package io.github.automigrate.slices;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The application the slice tests find, as a user's tests find theirs: its package holds
 * the entities.
 */
@SpringBootApplication
public class SliceApplication {

}
