package io.github.automigrate.testmodel.types;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import org.hibernate.Length;

/**
 * Long text and bytes: lengths past what a database's varchar or varbinary holds, where
 * Hibernate declares its text, clob or blob types instead, sized on MySQL and MariaDB; a
 * generated UUID key.
 */
@Entity
public class SpecimenArchive {

	@Id
	@GeneratedValue(strategy = GenerationType.UUID)
	private UUID id;

	@Column(length = 10_000)
	private String summary;

	@Column(length = 20_000)
	private String essay;

	@Column(length = 70_000)
	private String chapter;

	@Column(length = 2_000_000)
	private String volume;

	@Column(length = Length.LONG32)
	private String archive;

	@Lob
	@Column(length = 1_000)
	private String abstractText;

	@Column(length = 70_000)
	private byte[] scan;

	@Column(length = 2_000_000)
	private byte[] film;

	@Lob
	@Column(length = 100)
	private byte[] thumbnail;

}
