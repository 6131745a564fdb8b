package io.github.automigrate.sample.datajdbc;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample as its README command starts it, on a SQLite file of its own: AutoMigrate
 * creates the tables before the application's runner saves its first trip, Spring Data's
 * repository writes and reads an aggregate with its embedded budget and its stops, and
 * the endpoint shows the run.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SampleDataJdbcApplicationTests {

	@TempDir
	static Path directory;

	@LocalServerPort
	int port;

	@Autowired
	TripRepository trips;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + directory.resolve("trips.db"));
	}

	@Test
	void startsOnAnEmptyDatabaseAndServesTheTrips() throws Exception {
		assertThat(get("/trips")).contains("\"name\":\"Lakes\"").contains("\"place\":\"Como\"").contains("1250.5");
	}

	@Test
	void theRepositoryWritesAndReadsAnAggregateWithItsEmbeddedValueAndChildren() {
		Trip saved = this.trips.save(new Trip(null, "Fjords", new Trip.Budget(new BigDecimal("980.25"), "NOK"),
				List.of(new Trip.Stop("Bergen", 2), new Trip.Stop("Flåm", 1), new Trip.Stop("Ålesund", 3))));
		assertThat(this.trips.findById(saved.id())).contains(saved);
		Trip withoutBudget = this.trips.save(new Trip(saved.id(), "Fjords", null, List.of(new Trip.Stop("Oslo", 1))));
		assertThat(this.trips.findById(saved.id())).contains(withoutBudget);
		this.trips.deleteById(saved.id());
		assertThat(this.trips.findById(saved.id())).isEmpty();
	}

	@Test
	void theEndpointShowsTheRun() throws Exception {
		assertThat(get("/actuator/automigrate")).contains("\"outcome\":\"APPLIED\"")
			.contains("\"dialect\":\"SQLite\"")
			.containsIgnoringCase("create table \\\"trip\\\"")
			.containsIgnoringCase("create table \\\"stop\\\"");
	}

	private String get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
	}

}
