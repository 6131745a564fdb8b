package io.github.automigrate.datajdbc.toolong;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** An aggregate with a property whose column name no server database accepts. */
@SpringBootApplication
public class TooLongApplication {

	/**
	 * A column name of 78 characters: PostgreSQL allows 63, MariaDB 64.
	 *
	 * @param id the id
	 * @param theNumberOfTimesThisVeryParticularReadingWasTakenByTheMeterReader how often
	 */
	@Table
	public record Reading(@Id Long id, int theNumberOfTimesThisVeryParticularReadingWasTakenByTheMeterReader) {

	}

}
