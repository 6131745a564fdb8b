package io.github.automigrate.sample;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Book {

	public enum Format {

		HARDCOVER, PAPERBACK, EBOOK

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 17)
	private String isbn;

	@Column(nullable = false)
	private String title;

	@ManyToOne(optional = false)
	private Author author;

	@Enumerated(EnumType.STRING)
	private Format format;

	@Column(precision = 8, scale = 2)
	private BigDecimal price;

}
