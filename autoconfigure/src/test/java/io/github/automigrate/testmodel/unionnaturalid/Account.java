package io.github.automigrate.testmodel.unionnaturalid;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import org.hibernate.annotations.NaturalId;

/**
 * The root of a table-per-class hierarchy with a natural id: Hibernate makes it unique in
 * the root's table only (its subclasses' tables copy the root's columns, not its unique
 * keys).
 */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public class Account {

	@Id
	private Long id;

	@NaturalId
	private String handle;

}
