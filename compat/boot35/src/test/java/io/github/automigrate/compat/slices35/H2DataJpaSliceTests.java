package io.github.automigrate.compat.slices35;

import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;

/**
 * On Spring Boot 3.5, on the embedded H2 database the slice puts in place of the
 * application's.
 */
@DataJpaTest
class H2DataJpaSliceTests extends AbstractDataJpaSliceTests {

}
