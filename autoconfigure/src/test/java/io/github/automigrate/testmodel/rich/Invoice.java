package io.github.automigrate.testmodel.rich;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;

@Entity
@PrimaryKeyJoinColumn(name = "document_id")
public class Invoice extends Document {

	private BigDecimal amount;

}
