package io.github.automigrate.testmodel.shop;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

@MappedSuperclass
public abstract class BaseEntity {

	@Column(nullable = false)
	private Instant createdAt;

	@Version
	private int version;

}
