package io.github.automigrate.testmodel.inversekeys;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;

/**
 * Unidirectional maps and a list through a join column: the key column goes into the
 * target's table with it.
 */
@Entity
public class Shelf {

	@Id
	@GeneratedValue
	Long id;

	@OneToMany
	@JoinColumn(name = "shelf_id")
	@MapKeyColumn(name = "slot_code", length = 12)
	Map<String, Binder> binders = new HashMap<>();

	@OneToMany
	@JoinColumn(name = "archive_shelf_id")
	Map<Integer, Folder> folders = new HashMap<>();

	@OneToMany
	@JoinColumn(name = "divider_shelf_id")
	@OrderColumn(name = "divider_position", nullable = false)
	List<Divider> dividers = new ArrayList<>();

}
