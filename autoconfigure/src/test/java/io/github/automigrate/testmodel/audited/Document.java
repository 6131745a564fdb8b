package io.github.automigrate.testmodel.audited;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import org.hibernate.envers.Audited;

/** The root of an audited JOINED hierarchy. */
@Entity
@Audited
@Inheritance(strategy = InheritanceType.JOINED)
public class Document {

	@Id
	@GeneratedValue
	public Long id;

	public String title;

	public LocalDate issued;

	@OneToMany
	@JoinColumn(name = "document_id")
	public List<Attachment> attachments = new ArrayList<>();

}
