package io.github.automigrate.testmodel.kitchensink;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** A unique index with a descending column. */
@Entity
@Table(indexes = @Index(name = "ix_ranking_score_name", columnList = "score desc, name", unique = true))
public class Ranking {

	@Id
	@GeneratedValue
	private Long id;

	private int score;

	private String name;

}
