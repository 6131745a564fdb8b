package io.github.automigrate.testmodel.shop;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Calendar;
import java.util.Date;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import jakarta.persistence.UniqueConstraint;

/**
 * Every basic type of the first cut; a named index with a sort direction, an unnamed
 * two-column unique constraint.
 */
@Entity
@Table(indexes = @Index(name = "idx_product_release", columnList = "releaseDate desc, active"),
		uniqueConstraints = @UniqueConstraint(columnNames = { "shortValue", "byteValue" }))
public class Product {

	public enum Category {

		BOOK, MUSIC

	}

	@Id
	private UUID id;

	@Column(name = "skuCode", length = 32, nullable = false, unique = true)
	private String sku;

	private boolean active;

	private Boolean featured;

	private byte byteValue;

	private Short shortValue;

	private int intValue;

	private Long longValue;

	private float floatValue;

	private Double doubleValue;

	private char letter;

	private BigDecimal price;

	@Column(precision = 10, scale = 3)
	private BigDecimal weight;

	private BigInteger serial;

	private LocalDate releaseDate;

	private LocalTime releaseTime;

	private LocalDateTime updatedAt;

	private Instant seenAt;

	private OffsetDateTime offsetAt;

	@Temporal(TemporalType.DATE)
	private Date legacyDate;

	@Temporal(TemporalType.TIMESTAMP)
	private Calendar legacyCalendar;

	private byte[] thumbnail;

	@Lob
	private byte[] image;

	@Lob
	private String description;

	private Category category;

	@Enumerated(EnumType.STRING)
	private Category namedCategory;

	@Column(columnDefinition = "varchar(20)")
	private String note;

}
