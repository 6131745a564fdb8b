package io.github.automigrate.testmodel.customsequence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An entity whose identifier a custom {@code @IdGeneratorType} generates from a sequence:
 * Hibernate draws from {@code box_office_ticket_seq}, named as for an unnamed sequence
 * {@code @GeneratedValue}: after the table, with an increment of 50.
 */
@Entity
@Table(name = "box_office_ticket")
public class BoxOfficeTicket {

	@Id
	@TicketNumber
	private Long id;

	@Column(nullable = false)
	private String seat;

}
