package io.github.automigrate.testmodel.formulacolumns;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Formula;

/**
 * A parcel with one formula that is only a formula, and one that also carries a
 * {@code @Column}: Hibernate maps the column then, and ignores the formula.
 */
@Entity
public class Parcel {

	@Id
	private Long id;

	private int grams;

	@Formula("grams / 1000")
	private Integer kilograms;

	@Formula("grams * 2")
	@Column(name = "billed_grams")
	private Integer billedGrams;

}
