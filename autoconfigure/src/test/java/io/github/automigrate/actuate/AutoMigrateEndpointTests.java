package io.github.automigrate.actuate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.automigrate.testmodel.shop.Customer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The endpoint over real HTTP, in an application that started with AutoMigrate on H2.
 */
@SpringBootTest(classes = AutoMigrateEndpointTests.EndpointApplication.class,
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:endpoint;DB_CLOSE_DELAY=-1",
				"management.endpoints.web.exposure.include=automigrate,health,metrics",
				"management.endpoint.health.show-details=always" })
class AutoMigrateEndpointTests {

	@LocalServerPort
	int port;

	@Test
	void showsTheLastRunAsJson() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/automigrate")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).contains("json"));
		assertThat(response.body()).contains("\"lastRun\"")
			.contains("\"outcome\":\"APPLIED\"")
			.contains("\"change\":\"create table customers\"")
			.contains("\"status\":\"APPLIED\"")
			.contains("\"safety\":\"AS_IS\"")
			.contains("\"database\":\"H2 ")
			.contains("\"startedAt\":\"20")
			.contains("\"history\":[{\"runId\"")
			.contains("\"outcome\":\"APPLIED\",\"checksum\"");
	}

	@Test
	void healthAndMetricsShowTheRun() throws Exception {
		assertThat(get("/actuator/health/automigrate")).contains("\"status\":\"UP\"")
			.contains("\"outcome\":\"APPLIED\"")
			.contains("\"pendingDrift\":0");
		assertThat(get("/actuator/metrics/automigrate.run")).contains("\"outcome\"").contains("\"APPLIED\"");
		assertThat(get("/actuator/metrics/automigrate.statements")).contains("\"status\"");
	}

	/**
	 * The JSON has the fields, in the order, of the README's first example of it: the
	 * endpoint's HTTP contract, which renaming a part of the report inside AutoMigrate
	 * must not change.
	 */
	@Test
	void jsonHasTheFieldsOfTheReadmeExample() throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		JsonNode shown = json.readTree(readmeExample());
		JsonNode served = json.readTree(get("/actuator/automigrate"));
		assertSameFields(shown, served, "$");
	}

	private static String readmeExample() throws Exception {
		String readme = Files.readString(Path.of("..", "README.md"));
		int section = readme.indexOf("## The report: `/actuator/automigrate`");
		int start = readme.indexOf("```json\n", section) + "```json\n".length();
		return readme.substring(start, readme.indexOf("\n```", start));
	}

	private static void assertSameFields(JsonNode shown, JsonNode served, String path) {
		if (shown.isObject()) {
			assertThat(served.propertyNames()).as(path).containsExactlyElementsOf(shown.propertyNames());
			shown.propertyNames()
				.forEach((name) -> assertSameFields(shown.get(name), served.get(name), path + "." + name));
		}
		else if (shown.isArray() && !shown.isEmpty()) {
			assertThat(served.isEmpty()).as(path + " is empty").isFalse();
			assertSameFields(shown.get(0), served.get(0), path + "[0]");
		}
	}

	private String get(String path) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	@SpringBootApplication
	@EntityScan(basePackageClasses = Customer.class)
	static class EndpointApplication {

	}

}
