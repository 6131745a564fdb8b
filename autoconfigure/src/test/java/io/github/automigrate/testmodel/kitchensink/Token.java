package io.github.automigrate.testmodel.kitchensink;

import java.sql.Timestamp;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.UuidGenerator;

/**
 * A UUID id from Hibernate's {@code @UuidGenerator}, a {@code @Version} on a
 * {@code java.sql.Timestamp}, and a {@code @NaturalId}, which Hibernate makes a unique
 * constraint.
 */
@Entity
public class Token {

	@Id
	@UuidGenerator
	private UUID id;

	@Version
	private Timestamp version;

	private String secret;

	@NaturalId
	@Column(length = 20)
	private String serial;

}
