package io.github.automigrate.testmodel.legacygenerators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

/**
 * A coupon numbered from a generator table named by the enhanced-table strategy's
 * parameters.
 */
@Entity
public class Coupon {

	@Id
	@GeneratedValue(generator = "coupon_gen")
	@GenericGenerator(name = "coupon_gen", strategy = "enhanced-table",
			parameters = { @Parameter(name = "table_name", value = "coupon_keys"),
					@Parameter(name = "segment_column_name", value = "key_name"),
					@Parameter(name = "value_column_name", value = "key_value"),
					@Parameter(name = "segment_value", value = "coupon") })
	private Long id;

	private String campaign;

}
