package io.github.automigrate.datajdbc.shapes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.springframework.data.annotation.Id;

/**
 * Shape 1: simple properties of many types, no {@code @Table}: found as a repository's
 * domain type. (No {@code ZonedDateTime}: Spring Data JDBC 4.1 writes it as text but has
 * no converter to read it back.)
 */
public record Person(@Id Long id, String firstName, boolean active, Status status, BigDecimal balance,
		Instant createdAt, OffsetDateTime seenAt, byte[] avatar, LocalDate birthday) {

	public Person withId(Long id) {
		return new Person(id, this.firstName, this.active, this.status, this.balance, this.createdAt, this.seenAt,
				this.avatar, this.birthday);
	}

}
