package io.github.automigrate.testmodel.inversekeys;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;

/**
 * Bidirectional maps whose key columns Hibernate keeps in the members' and the trophies'
 * tables.
 */
@Entity
public class Club {

	@Id
	@GeneratedValue
	Long id;

	@OneToMany(mappedBy = "club")
	@MapKeyColumn(name = "joined_on")
	Map<LocalDate, Member> members = new HashMap<>();

	@OneToMany(mappedBy = "club")
	Map<String, Trophy> trophies = new HashMap<>();

}
