package io.github.automigrate.testmodel.shopizer;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.TableGenerator;

/**
 * A translated text: its id generator, language, name and a {@code text} body, shared by
 * every description.
 */
@MappedSuperclass
public class Description {

	@Id
	@Column(name = "DESCRIPTION_ID")
	@TableGenerator(name = "description_gen", table = "SM_SEQUENCER", pkColumnName = "SEQ_NAME",
			valueColumnName = "SEQ_COUNT", pkColumnValue = "description_seq", allocationSize = 10, initialValue = 1)
	@GeneratedValue(strategy = GenerationType.TABLE, generator = "description_gen")
	private Long id;

	@Embedded
	private AuditSection auditSection = new AuditSection();

	@ManyToOne(optional = false)
	@JoinColumn(name = "LANGUAGE_ID")
	private Language language;

	@Column(name = "NAME", nullable = false, length = 120)
	private String name;

	@Column(name = "TITLE", length = 100)
	private String title;

	@Column(name = "DESCRIPTION", columnDefinition = "text")
	private String description;

}
