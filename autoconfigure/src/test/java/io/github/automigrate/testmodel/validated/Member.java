package io.github.automigrate.testmodel.validated;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Bean Validation constraints that Hibernate applies to DDL, in a single-table hierarchy.
 */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind")
public class Member {

	@Id
	@GeneratedValue
	private Long id;

	@NotNull
	private String handle;

	@NotBlank
	@Size(max = 30)
	private String displayName;

	@NotEmpty
	private String email;

	@Size(max = 40)
	@Column(length = 100)
	private String motto;

	@Size(min = 2)
	private String city;

	@NotNull
	private Integer age;

	@Embedded
	private Badge badge;

}
