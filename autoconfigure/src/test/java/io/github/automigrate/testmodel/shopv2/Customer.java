package io.github.automigrate.testmodel.shopv2;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Comment;

/** The shop's customers, a release later: four new columns. */
@Entity
@Table(name = "customers")
public class Customer {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_ids")
	@SequenceGenerator(name = "customer_ids", sequenceName = "customer_id_seq", initialValue = 100, allocationSize = 10)
	private Long id;

	@Column(nullable = false, length = 120)
	private String fullName;

	@Column(unique = true)
	private String email;

	@Column(nullable = false)
	private Instant createdAt;

	@Version
	private int version;

	private String nickname;

	private int loyaltyPoints;

	private boolean vip;

	@Column(nullable = false)
	private String region;

	@ColumnDefault("'basic'")
	@Column(nullable = false, length = 20)
	@Comment("Service level, 'basic' unless upgraded")
	private String tier;

	@Column(nullable = false, columnDefinition = "integer default 3")
	private int rating;

}
