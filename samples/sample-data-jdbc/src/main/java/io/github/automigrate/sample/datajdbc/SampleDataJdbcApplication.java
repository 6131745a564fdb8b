package io.github.automigrate.sample.datajdbc;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Data JDBC application with no schema script: AutoMigrate creates the tables of
 * its aggregate at start-up, before this application's own runner saves the first trip.
 */
@SpringBootApplication
public class SampleDataJdbcApplication {

	public static void main(String[] args) {
		SpringApplication.run(SampleDataJdbcApplication.class, args);
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
