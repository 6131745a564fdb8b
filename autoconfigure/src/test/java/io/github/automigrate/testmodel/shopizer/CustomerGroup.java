package io.github.automigrate.testmodel.shopizer;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/** A group of customers or administrators, named uniquely, with an indexed type. */
@Entity
@Table(name = "SM_GROUP", indexes = @Index(name = "SM_GROUP_GROUP_TYPE", columnList = "GROUP_TYPE"))
public class CustomerGroup {

	@Id
	@Column(name = "GROUP_ID", unique = true, nullable = false)
	@TableGenerator(name = "TABLE_GEN", table = "SM_SEQUENCER", pkColumnName = "SEQ_NAME",
			valueColumnName = "SEQ_COUNT", pkColumnValue = "GROUP_SEQ_NEXT_VAL")
	@GeneratedValue(strategy = GenerationType.TABLE, generator = "TABLE_GEN")
	private Integer id;

	@Embedded
	private AuditSection auditSection = new AuditSection();

	@Enumerated(EnumType.STRING)
	@Column(name = "GROUP_TYPE")
	private Type groupType;

	@Column(name = "GROUP_NAME", unique = true)
	private String groupName;

	@ManyToMany(mappedBy = "groups")
	private Set<Permission> permissions = new HashSet<>();

	/** Whom a group gathers. */
	public enum Type {

		ADMIN, CUSTOMER

	}

}
