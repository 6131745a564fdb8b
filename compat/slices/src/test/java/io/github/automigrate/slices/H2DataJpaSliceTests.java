package io.github.automigrate.slices;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

/** On the embedded H2 database the slice puts in place of the application's. */
@DataJpaTest
class H2DataJpaSliceTests extends AbstractDataJpaSliceTests {

}
