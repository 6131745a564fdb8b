package io.github.automigrate.datajdbc.shapes;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;

/** An application of every shape, with Spring Data JDBC's repositories and no JPA. */
@SpringBootApplication
@EnableJdbcRepositories(considerNestedRepositories = true)
public class ShapesApplication {

}
