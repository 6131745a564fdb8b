package io.github.automigrate.testmodel.inversekeys;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Member {

	@Id
	@GeneratedValue
	Long id;

	String nickname;

	@ManyToOne
	Club club;

}
