package io.github.automigrate.testmodel.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

@Entity
/** A declared unique constraint, an unnamed index and a unique column. */
@Table(name = "customers", uniqueConstraints = @UniqueConstraint(name = "uk_customer_name_created",
		columnNames = { "fullName", "createdAt" }), indexes = @Index(columnList = "fullName"))
public class Customer extends BaseEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_ids")
	@SequenceGenerator(name = "customer_ids", sequenceName = "customer_id_seq", initialValue = 100, allocationSize = 10)
	private Long id;

	@Column(nullable = false, length = 120)
	private String fullName;

	@Column(unique = true)
	private String email;

}
