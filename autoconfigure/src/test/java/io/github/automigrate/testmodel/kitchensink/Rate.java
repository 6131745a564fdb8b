package io.github.automigrate.testmodel.kitchensink;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Nationalized;
import org.hibernate.type.SqlTypes;

/**
 * A natural string key, a nationalized column, decimal precision, and a char-typed
 * enum-like code.
 */
@Entity
@Table(indexes = { @Index(columnList = "currency desc"), @Index(columnList = "valid_from, currency") })
public class Rate {

	@Id
	@Column(length = 36)
	private String id;

	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(length = 3, nullable = false)
	private String currency;

	@Column(precision = 19, scale = 6)
	private BigDecimal amount;

	private java.time.LocalDate validFrom;

	@Nationalized
	private String description;

	@JdbcTypeCode(SqlTypes.LONGVARCHAR)
	@Column(length = 2000)
	private String remarks;

}
