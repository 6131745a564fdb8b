package io.github.automigrate.slices;

import org.springframework.boot.jooq.test.autoconfigure.JooqTest;

/** On the embedded H2 database the slice puts in place of the application's. */
@JooqTest
class H2JooqSliceTests extends AbstractJooqSliceTests {

}
