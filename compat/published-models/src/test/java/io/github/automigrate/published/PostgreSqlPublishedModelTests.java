package io.github.automigrate.published;

import io.github.automigrate.testsupport.ServerDatabases;
import io.github.automigrate.testsupport.TestDatabase;

class PostgreSqlPublishedModelTests extends AbstractPublishedModelTests {

	@Override
	TestDatabase database() {
		return ServerDatabases.postgresql();
	}

}
