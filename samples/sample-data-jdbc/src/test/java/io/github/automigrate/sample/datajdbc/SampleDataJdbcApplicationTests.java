package io.github.automigrate.sample.datajdbc;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SampleDataJdbcApplicationTests {

	@LocalServerPort
	int port;

	@Test
	void startsOnAnEmptyDatabaseAndServesTheTrips() throws Exception {
		assertThat(get("/trips")).contains("\"name\":\"Lakes\"").contains("\"place\":\"Como\"").contains("1250.5");
		assertThat(get("/actuator/automigrate")).contains("\"outcome\":\"APPLIED\"")
			.containsIgnoringCase("create table")
			.containsIgnoringCase("stop");
	}

	private String get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
	}

}
