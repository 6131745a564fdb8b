package io.github.automigrate.testmodel.legacyrefs;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;

/**
 * A stamp sharing its document's key: a one-to-one on the primary key, naming the
 * document's key column in lower case.
 */
@Entity
@Table(name = "DOC_STAMP")
public class DocumentStamp {

	@Id
	private Long id;

	private String stampedBy;

	@OneToOne
	@PrimaryKeyJoinColumn(name = "ID", referencedColumnName = "doc_id")
	private LegacyDocument document;

}
