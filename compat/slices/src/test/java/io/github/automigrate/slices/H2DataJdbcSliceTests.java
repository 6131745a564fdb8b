package io.github.automigrate.slices;

import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;

/** On the embedded H2 database the slice puts in place of the application's. */
@DataJdbcTest
class H2DataJdbcSliceTests extends AbstractDataJdbcSliceTests {

}
