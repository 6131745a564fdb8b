package io.github.automigrate.slices;

import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jooq.test.autoconfigure.JooqTest;

/** On the embedded H2 database the slice puts in place of the application's. */
@JooqTest
// Unlike the other slices, @JooqTest keeps the application's DataSource unless told to
// replace it.
@AutoConfigureTestDatabase
class H2JooqSliceTests extends AbstractJooqSliceTests {

}
