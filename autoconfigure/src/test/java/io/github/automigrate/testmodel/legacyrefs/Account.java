package io.github.automigrate.testmodel.legacyrefs;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;

/** The root of a joined hierarchy with a two-part key of two types. */
@Entity
@Table(name = "ACCOUNT_BASE")
@Inheritance(strategy = InheritanceType.JOINED)
@IdClass(AccountKey.class)
public class Account {

	@Id
	private String bankCode;

	@Id
	private Long accountNo;

	private String holder;

}
