package io.github.automigrate.compat.boot35;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot 3.5 application with the AutoMigrate starter: its entities are migrated
 * at start-up.
 */
@SpringBootApplication
public class Boot35Application {

	public static void main(String[] args) {
		SpringApplication.run(Boot35Application.class, args);
	}

}
