package io.github.automigrate.testmodel.types;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Subselect;
import org.hibernate.annotations.Synchronize;

/** A read model over a query: Hibernate makes no table for it. */
@Entity
@Immutable
@Subselect("select s.id, s.name from specimen s")
@Synchronize("specimen")
public class SpecimenSummary {

	@Id
	private Long id;

	private String name;

}
