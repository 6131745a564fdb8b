package io.github.automigrate.testmodel.shopizer;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import jakarta.persistence.Cacheable;
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
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;

/**
 * The store: a unique code, a default language, and the languages it offers through a
 * join table.
 */
@Entity
@Cacheable
@Table(name = "MERCHANT_STORE")
public class MerchantStore {

	@Id
	@Column(name = "MERCHANT_ID")
	@TableGenerator(name = "TABLE_GEN", table = "SM_SEQUENCER", pkColumnName = "SEQ_NAME",
			valueColumnName = "SEQ_COUNT", pkColumnValue = "STORE_SEQ_NEXT_VAL")
	@GeneratedValue(strategy = GenerationType.TABLE, generator = "TABLE_GEN")
	private Integer id;

	@Embedded
	private AuditSection auditSection = new AuditSection();

	@Column(name = "STORE_CODE", nullable = false, unique = true, length = 100)
	private String code;

	@Column(name = "STORE_NAME", nullable = false, length = 100)
	private String storename;

	@Column(name = "STORE_EMAIL", length = 60, nullable = false)
	private String storeEmailAddress;

	@Temporal(TemporalType.DATE)
	@Column(name = "IN_BUSINESS_SINCE")
	private Date inBusinessSince = new Date();

	@Column(name = "USE_CACHE")
	private boolean useCache = false;

	@Column(name = "CONTINUESHOPPINGURL", length = 150)
	private String continueshoppingurl;

	@ManyToOne(fetch = FetchType.EAGER)
	@JoinColumn(name = "LANGUAGE_ID", nullable = false)
	private Language defaultLanguage;

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "MERCHANT_LANGUAGE")
	private List<Language> languages = new ArrayList<>();

}
