package io.github.automigrate.testmodel.validationgroups;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;

/**
 * A label whose constraints belong to different groups: Hibernate applies to DDL only
 * those of the default group (a constraint naming no group is in it), and reads repeated
 * constraints out of their container.
 */
@Entity
public class Label {

	@Id
	private Long id;

	@NotNull(groups = Strict.class)
	private String caption;

	@Size(max = 12, groups = Strict.class)
	private String code;

	@NotBlank(groups = { Strict.class, Default.class })
	@Size(max = 40)
	private String title;

	@Size.List({ @Size(min = 2, groups = Strict.class), @Size(max = 60) })
	private String summary;

	@NotNull.List({ @NotNull(groups = Strict.class) })
	private String remark;

	@NotNull(groups = Strict.class)
	@ManyToOne
	private Shelf shelf;

}
