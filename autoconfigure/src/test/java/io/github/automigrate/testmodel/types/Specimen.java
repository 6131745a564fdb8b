package io.github.automigrate.testmodel.types;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Currency;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Lob;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import jakarta.persistence.Version;

/**
 * A sweep of the basic types and value mappings real models use, each as Hibernate 7 maps
 * it by default, in a single-table hierarchy.
 */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind")
@DiscriminatorValue("PLAIN")
public class Specimen {

	@Id
	@GeneratedValue
	private Long id;

	@Version
	private int version;

	private boolean active;

	private Boolean flagged;

	private byte tiny;

	private Short small;

	private long count;

	private float ratio;

	private Float boxedRatio;

	private double score;

	private BigInteger bigInteger;

	private BigDecimal plainAmount;

	@Column(precision = 10, scale = 3)
	private BigDecimal amount;

	@Column(precision = 12)
	private BigDecimal wholeAmount;

	@Column(scale = 4)
	private BigDecimal scaleOnly;

	private char initial;

	private Character grade;

	private String name;

	@Column(length = 2000)
	private String longText;

	@Lob
	private String notes;

	private byte[] bytes;

	// No Byte[] or Character[]: Hibernate 7 refuses them unless
	// hibernate.type.wrapper_array_handling says otherwise.

	@Column(length = 64)
	private byte[] digest;

	@Lob
	private byte[] picture;

	private char[] letters;

	@Enumerated(EnumType.ORDINAL)
	private Level ordinalLevel;

	@Enumerated(EnumType.STRING)
	private Level stringLevel;

	private Level defaultLevel;

	@Enumerated(EnumType.STRING)
	@Column(length = 12)
	private Level shortStringLevel;

	private Locale locale;

	private Currency currency;

	@Column(name = "settlement_currency")
	private Currency settlementCurrency;

	@Column(length = 255)
	private Currency explicitDefaultCurrency;

	@Column(length = 3)
	private String isoCode;

	private ZoneId zone;

	private ZoneOffset zoneOffset;

	private TimeZone timeZone;

	private URL homepage;

	private UUID uuid;

	private Serializable payload;

	private Payload typedPayload;

	private LocalDate localDate;

	private LocalTime localTime;

	private LocalDateTime localDateTime;

	private Instant instant;

	private OffsetDateTime offsetDateTime;

	private ZonedDateTime zonedDateTime;

	private OffsetTime offsetTime;

	private Duration duration;

	@Column(precision = 30)
	private Duration preciseDuration;

	private Year vintage;

	private java.time.YearMonth billingPeriod;

	private java.net.InetAddress address;

	@Temporal(TemporalType.DATE)
	private Date dueDate;

	@Temporal(TemporalType.TIME)
	private Date clock;

	@Temporal(TemporalType.TIMESTAMP)
	private Date moment;

	private Date untypedDate;

	@Temporal(TemporalType.TIMESTAMP)
	private Calendar calendar;

	private java.sql.Date sqlDate;

	private java.sql.Timestamp sqlTimestamp;

	@Column(columnDefinition = "varchar(12)")
	private String code;

	@Column(name = "legacy_flag", columnDefinition = "integer default 0 not null")
	private int legacyFlag;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "quantity", column = @Column(name = "weight_quantity")),
			@AttributeOverride(name = "unit", column = @Column(name = "weight_unit", length = 8)) })
	private Measurement weight;

	@Embedded
	private Measurement height;

	@ElementCollection
	@Enumerated(EnumType.STRING)
	private Set<Level> levels = new HashSet<>();

	@ElementCollection
	private List<Level> ordinalLevels = new ArrayList<>();

	@ElementCollection
	@OrderColumn
	private List<Measurement> measurements = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "specimen_rate")
	@MapKeyColumn(name = "unit", length = 16)
	@Column(name = "rate", precision = 9, scale = 4)
	private Map<String, BigDecimal> rates = new HashMap<>();

	@ElementCollection
	@MapKeyEnumerated(EnumType.STRING)
	private Map<Level, String> labels = new HashMap<>();

	@ElementCollection
	private Map<Level, Integer> thresholds = new HashMap<>();

	@ElementCollection
	@OrderColumn(name = "position")
	private List<String> tags = new ArrayList<>();

}
