package io.github.automigrate.compat.slices35;

import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;

/**
 * On Spring Boot 3.5, on the embedded H2 database the slice puts in place of the
 * application's.
 */
@JdbcTest
class H2JdbcSliceTests extends AbstractJdbcSliceTests {

}
