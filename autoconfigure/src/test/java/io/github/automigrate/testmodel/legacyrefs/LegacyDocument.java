package io.github.automigrate.testmodel.legacyrefs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;

/**
 * A document whose key column is named in upper case, and whose secondary table names it
 * in lower case.
 */
@Entity
@Table(name = "LEGACY_DOC")
@SecondaryTable(name = "LEGACY_DOC_TEXT",
		pkJoinColumns = @PrimaryKeyJoinColumn(name = "TEXT_DOC_ID", referencedColumnName = "doc_id"))
public class LegacyDocument {

	@Id
	@Column(name = "DOC_ID")
	private Long id;

	@Column(table = "LEGACY_DOC_TEXT", length = 4000)
	private String body;

}
