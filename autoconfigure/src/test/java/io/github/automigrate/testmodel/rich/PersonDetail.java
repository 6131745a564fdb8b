package io.github.automigrate.testmodel.rich;

import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MapKeyJoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;

/**
 * Shares its identifier with Person (@MapsId on a one-to-one); a map keyed by an entity.
 */
@Entity
public class PersonDetail {

	@Id
	private Long id;

	@MapsId
	@OneToOne
	private Person person;

	private String biography;

	@ElementCollection
	@MapKeyJoinColumn(name = "tag_code")
	private Map<Tag, Integer> tagWeights = new HashMap<>();

}
