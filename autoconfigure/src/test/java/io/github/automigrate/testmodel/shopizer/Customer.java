package io.github.automigrate.testmodel.shopizer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import jakarta.persistence.UniqueConstraint;

/**
 * A customer: a nick unique within the store, a one-letter enum, and groups through an
 * ordered join table.
 */
@Entity
@Table(name = "CUSTOMER", uniqueConstraints = @UniqueConstraint(columnNames = { "MERCHANT_ID", "CUSTOMER_NICK" }))
public class Customer {

	@Id
	@Column(name = "CUSTOMER_ID", unique = true, nullable = false)
	@TableGenerator(name = "TABLE_GEN", table = "SM_SEQUENCER", pkColumnName = "SEQ_NAME",
			valueColumnName = "SEQ_COUNT", pkColumnValue = "CUSTOMER_SEQ_NEXT_VAL")
	@GeneratedValue(strategy = GenerationType.TABLE, generator = "TABLE_GEN")
	private Long id;

	@Embedded
	private AuditSection auditSection = new AuditSection();

	@Column(name = "CUSTOMER_EMAIL_ADDRESS", length = 96, nullable = false)
	private String emailAddress;

	@Column(name = "CUSTOMER_NICK", length = 96)
	private String nick;

	@Enumerated(EnumType.STRING)
	@Column(name = "CUSTOMER_GENDER", length = 1)
	private Gender gender;

	@Temporal(TemporalType.TIMESTAMP)
	@Column(name = "CUSTOMER_DOB")
	private Date dateOfBirth;

	@Column(name = "CUSTOMER_PASSWORD", length = 60)
	private String password;

	@Column(name = "REVIEW_AVG")
	private BigDecimal customerReviewAvg;

	@Column(name = "CUSTOMER_NOTES", columnDefinition = "text")
	private String notes;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "MERCHANT_ID", nullable = false)
	private MerchantStore merchantStore;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "LANGUAGE_ID", nullable = false)
	private Language defaultLanguage;

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "CUSTOMER_GROUP", joinColumns = @JoinColumn(name = "CUSTOMER_ID", nullable = false),
			inverseJoinColumns = @JoinColumn(name = "GROUP_ID", nullable = false))
	@OrderBy("id")
	private List<CustomerGroup> groups = new ArrayList<>();

	/** What a customer chose to be called. */
	public enum Gender {

		M, F

	}

}
