package io.github.automigrate.testmodel.shopizer;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/** A permission granted to groups: the owning side of the group join table. */
@Entity
@Table(name = "PERMISSION")
public class Permission {

	@Id
	@Column(name = "PERMISSION_ID", unique = true, nullable = false)
	@TableGenerator(name = "TABLE_GEN", table = "SM_SEQUENCER", pkColumnName = "SEQ_NAME",
			valueColumnName = "SEQ_COUNT", pkColumnValue = "PERMISSION_SEQ_NEXT_VAL")
	@GeneratedValue(strategy = GenerationType.TABLE, generator = "TABLE_GEN")
	private Integer id;

	@Embedded
	private AuditSection auditSection = new AuditSection();

	@Column(name = "PERMISSION_NAME", unique = true)
	private String permissionName;

	@ManyToMany(cascade = CascadeType.PERSIST)
	@JoinTable(name = "PERMISSION_GROUP", joinColumns = @JoinColumn(name = "PERMISSION_ID"),
			inverseJoinColumns = @JoinColumn(name = "GROUP_ID"))
	private List<CustomerGroup> groups = new ArrayList<>();

}
