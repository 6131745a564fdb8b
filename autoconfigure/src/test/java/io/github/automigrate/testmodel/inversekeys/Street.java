package io.github.automigrate.testmodel.inversekeys;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;

/** A bidirectional list whose order column Hibernate keeps in the houses' table. */
@Entity
public class Street {

	@Id
	@GeneratedValue
	Long id;

	String name;

	@OneToMany(mappedBy = "street")
	@OrderColumn
	List<House> houses = new ArrayList<>();

	@OneToMany(mappedBy = "street")
	@OrderColumn(name = "lamp_position", nullable = false)
	List<Lamp> lamps = new ArrayList<>();

}
