package io.github.automigrate.testmodel.locators;

import java.sql.Blob;
import java.sql.Clob;
import java.sql.NClob;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;

/** A scanned document kept as locators, with and without @Lob. */
@Entity
public class Scan {

	@Id
	@GeneratedValue
	private Long id;

	private Blob image;

	@Lob
	@Column(nullable = false)
	private Blob thumbnail;

	private Clob transcript;

	@Lob
	@Column(length = 1000)
	private Clob notes;

	@Column(length = 2000)
	private Blob signature;

	private NClob translation;

}
