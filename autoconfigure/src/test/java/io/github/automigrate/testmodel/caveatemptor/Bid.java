package io.github.automigrate.testmodel.caveatemptor;

import java.util.Date;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import jakarta.validation.constraints.NotNull;

/**
 * A bid on an item, immutable once placed; its amount stored through the converter at the
 * default length.
 */
@Entity
@Table(indexes = @Index(name = "IDX_BID_ITEM_CREATED", columnList = "ITEM_ID, CREATEDON"))
@org.hibernate.annotations.Immutable
public class Bid {

	@Id
	@GeneratedValue
	private Long id;

	@NotNull
	@Convert(converter = MonetaryAmountConverter.class)
	private MonetaryAmount amount;

	@NotNull
	@Temporal(TemporalType.TIMESTAMP)
	@Column(name = "CREATEDON", updatable = false)
	private Date createdOn = new Date();

	@NotNull
	@ManyToOne(optional = false, fetch = FetchType.LAZY)
	@JoinColumn(name = "ITEM_ID", updatable = false)
	private Item item;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "BIDDER_ID", updatable = false)
	private AuctionUser bidder;

	protected Bid() {
	}

}
