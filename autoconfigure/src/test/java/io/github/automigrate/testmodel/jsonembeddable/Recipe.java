package io.github.automigrate.testmodel.jsonembeddable;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Two embedded values that Hibernate stores each in one JSON column named after the
 * attribute ({@code nutrition_facts}, and {@code serving} renamed by {@code @Column}),
 * not in a column per part; and a plain class stored as JSON without being embeddable.
 */
@Entity
public class Recipe {

	@Id
	private Long id;

	@Column(nullable = false)
	private String title;

	@Embedded
	@JdbcTypeCode(SqlTypes.JSON)
	private Nutrition nutritionFacts;

	@Embedded
	@JdbcTypeCode(SqlTypes.JSON)
	@Column(name = "serving_json")
	private Portion serving;

	@JdbcTypeCode(SqlTypes.JSON)
	private Author author;

}
