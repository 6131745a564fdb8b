package io.github.automigrate.testmodel.shopizer;

import java.math.BigDecimal;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import jakarta.persistence.UniqueConstraint;

/**
 * A product: a SKU unique within its store, and its categories through a join table with
 * explicit columns.
 */
@Entity
@Table(name = "PRODUCT", uniqueConstraints = @UniqueConstraint(columnNames = { "MERCHANT_ID", "SKU" }))
public class Product {

	@Id
	@Column(name = "PRODUCT_ID", unique = true, nullable = false)
	@TableGenerator(name = "TABLE_GEN", table = "SM_SEQUENCER", pkColumnName = "SEQ_NAME",
			valueColumnName = "SEQ_COUNT", pkColumnValue = "PRODUCT_SEQ_NEXT_VAL")
	@GeneratedValue(strategy = GenerationType.TABLE, generator = "TABLE_GEN")
	private Long id;

	@Embedded
	private AuditSection auditSection = new AuditSection();

	@OneToMany(mappedBy = "product", cascade = CascadeType.ALL)
	private Set<ProductDescription> descriptions = new HashSet<>();

	@ManyToMany(fetch = FetchType.LAZY, cascade = CascadeType.REFRESH)
	@JoinTable(name = "PRODUCT_CATEGORY", joinColumns = @JoinColumn(name = "PRODUCT_ID", nullable = false),
			inverseJoinColumns = @JoinColumn(name = "CATEGORY_ID", nullable = false))
	private Set<Category> categories = new HashSet<>();

	@Temporal(TemporalType.TIMESTAMP)
	@Column(name = "DATE_AVAILABLE")
	private Date dateAvailable = new Date();

	@Column(name = "AVAILABLE")
	private boolean available = true;

	@Column(name = "PRODUCT_SHIP")
	private boolean productShipeable = false;

	@Column(name = "PRODUCT_WEIGHT")
	private BigDecimal productWeight;

	@Column(name = "REVIEW_AVG")
	private BigDecimal productReviewAvg;

	@Column(name = "SKU")
	private String sku;

	@Column(name = "SORT_ORDER")
	private Integer sortOrder = 0;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "MERCHANT_ID", nullable = false)
	private MerchantStore merchantStore;

}
