package io.github.automigrate.autoconfigure;

import io.github.automigrate.testsupport.ServerDatabases;
import io.github.automigrate.testsupport.TestDatabase;

class PostgreSqlDataSourceOfItsOwnTests extends AbstractServerDataSourceOfItsOwnTests {

	@Override
	TestDatabase database() {
		return ServerDatabases.postgresql();
	}

}
