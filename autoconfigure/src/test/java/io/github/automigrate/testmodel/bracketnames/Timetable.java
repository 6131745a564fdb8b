package io.github.automigrate.testmodel.bracketnames;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A timetable whose columns are named after reserved words and quoted with brackets, as
 * SQL Server writes them: Hibernate reads {@code [from]} as the quoted name {@code from},
 * like {@code `from`}.
 */
@Entity
public class Timetable {

	@Id
	private Long id;

	@Column(name = "[from]")
	private String departure;

	@Column(name = "[to]", length = 80)
	private String arrival;

}
