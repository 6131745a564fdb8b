package io.github.automigrate.sample.datajdbc;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;

/**
 * A Spring Data JDBC application on SQLite with no schema script: AutoMigrate creates the
 * tables of its aggregate at start-up, before this application's own runner saves the
 * first trip. Spring Data JDBC ships no SQLite dialect, so the application declares its
 * own, and AutoMigrate names the tables and columns with it.
 */
@SpringBootApplication
public class SampleDataJdbcApplication {

	public static void main(String[] args) {
		SpringApplication.run(SampleDataJdbcApplication.class, args);
	}

	@Bean
	JdbcDialect sqliteDialect() {
		return SqliteDialect.INSTANCE;
	}

	@Bean
	ApplicationRunner firstTrip(TripRepository trips) {
		return (arguments) -> {
			if (trips.count() == 0) {
				trips.save(new Trip(null, "Lakes", new Trip.Budget(new BigDecimal("1250.50"), "EUR"),
						List.of(new Trip.Stop("Como", 3), new Trip.Stop("Garda", 2))));
			}
		};
	}

}
