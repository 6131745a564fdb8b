package io.github.automigrate.testmodel.kitchensink;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * UUIDs stored as bytes, as MySQL users often map them: a {@code BINARY} id and a
 * {@code VARBINARY} reference.
 */
@Entity
public class Badge {

	@Id
	@JdbcTypeCode(SqlTypes.BINARY)
	private UUID id;

	@JdbcTypeCode(SqlTypes.VARBINARY)
	private UUID holder;

	@JdbcTypeCode(SqlTypes.BINARY)
	@Column(length = 16)
	private UUID issuer;

	private String label;

}
