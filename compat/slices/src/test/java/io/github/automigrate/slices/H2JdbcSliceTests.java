package io.github.automigrate.slices;

import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;

/** On the embedded H2 database the slice puts in place of the application's. */
@JdbcTest
class H2JdbcSliceTests extends AbstractJdbcSliceTests {

}
