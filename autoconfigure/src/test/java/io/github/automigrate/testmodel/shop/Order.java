package io.github.automigrate.testmodel.shop;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * Reserved words everywhere: the table "order", the columns "select", "group" and "user".
 */
@Entity
public class Order {

	@Id
	@GeneratedValue
	private Long id;

	private String select;

	private Integer group;

	private String user;

	@ManyToOne(optional = false)
	@JoinColumn(name = "buyer")
	private Customer customer;

	@Column(precision = 12, scale = 2)
	private BigDecimal total;

}
