package io.github.automigrate.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small library catalogue on MariaDB. It has no Hibernate and no schema script:
 * AutoMigrate creates the tables from the entities at start-up, and adds what a later
 * release of the entities maps.
 */
@SpringBootApplication
public class SampleApplication {

	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

}
