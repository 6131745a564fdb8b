package io.github.automigrate.testmodel.types;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.SoftDelete;
import org.hibernate.annotations.SoftDeleteType;
import org.hibernate.type.YesNoConverter;

/**
 * Hibernate's soft delete: a flag column on the entity's table and on its collection's,
 * an active flag through a converter, a timestamp on a join table; a nested entity class,
 * which Hibernate names after its outer class; and a reference to a {@code @Subselect}
 * entity, which gets no foreign key.
 */
@Entity
@SoftDelete
public class SpecimenBatch {

	@Id
	@GeneratedValue
	private Long id;

	private String name;

	@ElementCollection
	private Set<String> codes = new HashSet<>();

	@ManyToOne
	private SpecimenSummary summary;

	/** A lot of batches, an entity nested in another class. */
	@Entity
	@SoftDelete(strategy = SoftDeleteType.ACTIVE, columnName = "is_active", converter = YesNoConverter.class)
	public static class Lot {

		@Id
		@GeneratedValue
		private Long id;

		@ManyToMany
		@SoftDelete(strategy = SoftDeleteType.TIMESTAMP)
		private Set<SpecimenBatch> batches = new HashSet<>();

	}

}
