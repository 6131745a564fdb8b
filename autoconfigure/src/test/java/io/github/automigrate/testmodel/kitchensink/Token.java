package io.github.automigrate.testmodel.kitchensink;

import java.sql.Timestamp;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.UuidGenerator;

/** A UUID id from Hibernate's {@code @UuidGenerator}, and a {@code @Version} on a {@code java.sql.Timestamp}. */
@Entity
public class Token {

	@Id
	@UuidGenerator
	private UUID id;

	@Version
	private Timestamp version;

	private String secret;

}
