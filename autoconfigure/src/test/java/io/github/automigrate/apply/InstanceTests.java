package io.github.automigrate.apply;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history's instance names say which application, process and host ran.
 */
class InstanceTests {

	@Test
	void namesTheApplicationTheProcessAndTheHost() {
		assertThat(Instance.name("orders")).matches("orders " + ProcessHandle.current().pid() + "@\\S+");
	}

	@Test
	void withoutAnApplicationNameNamesTheProcessAndTheHost() {
		assertThat(Instance.name(" ")).matches(ProcessHandle.current().pid() + "@\\S+");
	}

}
