package io.github.automigrate.testmodel.json;

import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A JSON column, as Hibernate 6+ maps one. */
@Entity
public class Profile {

	@Id
	private Long id;

	@JdbcTypeCode(SqlTypes.JSON)
	private Map<String, Object> settings;

}
