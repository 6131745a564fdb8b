package io.github.automigrate.testmodel.kitchensink;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.annotations.TenantId;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;

/**
 * A table-generated id from Hibernate's {@code hibernate_sequences}, a tenant column, an
 * {@code Instant} version, Hibernate's timestamps, JDBC type codes that change the column
 * type, a check constraint, an index with a descending column, and a named unique
 * constraint.
 */
@Entity
@Table(indexes = @Index(name = "ix_ticket_title_code", columnList = "title, code desc"),
		uniqueConstraints = @UniqueConstraint(name = "uk_ticket_tenant_ref",
				columnNames = { "tenant", "external_ref" }))
@Check(constraints = "quantity >= 0")
@SQLRestriction("closed = false")
@DynamicUpdate
public class Ticket {

	@Id
	@GeneratedValue(strategy = GenerationType.TABLE)
	private Long id;

	@TenantId
	private String tenant;

	@Version
	private Instant version;

	@CreationTimestamp
	private Instant createdAt;

	@UpdateTimestamp
	private LocalDateTime updatedAt;

	private String title;

	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(length = 3)
	private String code;

	@JdbcTypeCode(SqlTypes.LONGVARCHAR)
	private String notes;

	@JdbcTypeCode(SqlTypes.VARCHAR)
	private UUID externalRef;

	@JdbcTypeCode(SqlTypes.CHAR)
	private UUID correlation;

	@JdbcTypeCode(SqlTypes.LONG32VARCHAR)
	private String transcript;

	@Check(constraints = "quantity >= 0")
	private int quantity;

	private boolean closed;

}
