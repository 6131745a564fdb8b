package io.github.automigrate.testmodel.rich;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.SecondaryTable;

/** Joined inheritance; a secondary table for the large content. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@SecondaryTable(name = "document_content")
public class Document {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	@Column(table = "document_content", length = 2000)
	private String body;

}
