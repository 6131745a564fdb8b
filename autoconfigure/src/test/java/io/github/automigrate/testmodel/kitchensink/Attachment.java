package io.github.automigrate.testmodel.kitchensink;

import java.util.Currency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;

/** {@code @Lob} with an explicit {@code @Column} on types other than {@code String}. */
@Entity
public class Attachment {

	@Id
	private Long id;

	@Lob
	@Column(nullable = false)
	private byte[] content;

	@Lob
	private byte[] preview;

	@Lob
	@Column(nullable = false)
	private char[] notes;

	@Lob
	@Column(name = "billing_currency")
	private Currency currency;

	@Lob
	private java.util.Locale locale;

	@Lob
	@Column(name = "utc_offset", length = 64)
	private java.time.ZoneOffset utcOffset;

	@Lob
	private java.util.TimeZone zone;

	@Lob
	@Column(nullable = false)
	private java.net.URL link;

}
