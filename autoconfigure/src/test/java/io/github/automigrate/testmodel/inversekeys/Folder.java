package io.github.automigrate.testmodel.inversekeys;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Folder {

	@Id
	@GeneratedValue
	Long id;

	String title;

}
