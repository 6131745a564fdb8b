package io.github.automigrate.compat.slices35;

import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jooq.JooqTest;

/**
 * On Spring Boot 3.5, on the embedded H2 database the slice puts in place of the
 * application's.
 */
@JooqTest
// Unlike the other slices, @JooqTest keeps the application's DataSource unless told to
// replace it.
@AutoConfigureTestDatabase
class H2JooqSliceTests extends AbstractJooqSliceTests {

}
