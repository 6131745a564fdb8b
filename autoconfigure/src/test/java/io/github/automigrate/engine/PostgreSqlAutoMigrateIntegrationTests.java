package io.github.automigrate.engine;

import java.util.Map;

import io.github.automigrate.testsupport.ServerDatabases;
import io.github.automigrate.testsupport.TestDatabase;

class PostgreSqlAutoMigrateIntegrationTests extends AbstractAutoMigrateIntegrationTests {

	private static final String DESCENDING_UNIQUE = "Hibernate writes @Index(unique = true) with a descending column "
			+ "as a unique constraint, \"unique (score desc, name)\", which PostgreSQL rejects, so it cannot create the "
			+ "table; AutoMigrate creates a unique index, and Hibernate validates the result";

	@Override
	TestDatabase database() {
		return ServerDatabases.postgresql();
	}

	@Override
	Map<String, String> acceptedDifferences() {
		return Map.of("ranking.id", DESCENDING_UNIQUE, "ranking.score", DESCENDING_UNIQUE, "ranking.name",
				DESCENDING_UNIQUE);
	}

	@Override
	Map<String, String> acceptedKeyDifferences() {
		return Map.of("index ranking(score, name)", DESCENDING_UNIQUE);
	}

}
