package io.github.automigrate.testmodel.rich;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;

@Entity
@DiscriminatorValue("COMPANY")
public class Company extends Party {

	private String vatNumber;

	@OneToMany
	@JoinColumn(name = "employer_id")
	private List<Employment> employments = new ArrayList<>();

	@OneToMany
	private List<Document> documents = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "company_partner", joinColumns = @JoinColumn(name = "company_id"),
			inverseJoinColumns = @JoinColumn(name = "partner_id"))
	private List<Party> partners = new ArrayList<>();

}
