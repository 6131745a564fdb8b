package io.github.automigrate.testmodel.kitchensink;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.TableGenerator;
import org.hibernate.annotations.Immutable;

/**
 * An id from a named {@code @TableGenerator} with its own table and columns; an immutable
 * entity.
 */
@Entity
@Immutable
public class Sheet {

	@Id
	@GeneratedValue(strategy = GenerationType.TABLE, generator = "sheet_ids")
	@TableGenerator(name = "sheet_ids", table = "id_blocks", pkColumnName = "block_name",
			valueColumnName = "next_value", pkColumnValue = "sheet", allocationSize = 20)
	private Long id;

	private String name;

}
