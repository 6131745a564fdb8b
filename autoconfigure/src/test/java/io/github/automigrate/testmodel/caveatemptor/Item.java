package io.github.automigrate.testmodel.caveatemptor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.Formula;

/**
 * An item for auction: prices stored through a converter, an ordered list of images, the
 * categories it is listed in (the owning side of the link table is the category), its
 * buyer through an optional link table, and a formula that counts its bids.
 */
@Entity
public class Item {

	/** Where an auction stands. */
	public enum AuctionType {

		HIGHEST_BID, LOWEST_BID, FIXED_PRICE

	}

	@Id
	@GeneratedValue
	private Long id;

	@Version
	private long version;

	@NotNull
	@Size(min = 2, max = 255, message = "Name is required, maximum 255 characters.")
	private String name;

	@Size(max = 4000)
	private String description;

	@NotNull
	@Convert(converter = MonetaryAmountConverter.class)
	@Column(name = "BUYNOWPRICE", length = 63)
	private MonetaryAmount buyNowPrice;

	@NotNull
	@Convert(converter = MonetaryAmountConverter.class)
	@Column(name = "INITIALPRICE", length = 63)
	private MonetaryAmount initialPrice;

	@NotNull
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AuctionType auctionType = AuctionType.HIGHEST_BID;

	@NotNull
	@Future
	@Temporal(TemporalType.TIMESTAMP)
	private Date auctionEnd;

	@Column(updatable = false, insertable = false)
	private BigDecimal approvedPrice;

	@Formula("(select count(b.ID) from BID b where b.ITEM_ID = ID)")
	private long bidCount;

	@Formula("substr(DESCRIPTION, 1, 12) || '...'")
	private String shortDescription;

	@NotNull
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "SELLER_ID", nullable = false, updatable = false)
	private AuctionUser seller;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinTable(name = "ITEM_BUYER", joinColumns = @JoinColumn(name = "ITEM_ID"),
			inverseJoinColumns = @JoinColumn(name = "BUYER_ID", nullable = false))
	private AuctionUser buyer;

	@ElementCollection
	@CollectionTable(name = "IMAGE", joinColumns = @JoinColumn(name = "ITEM_ID"))
	@OrderColumn(name = "IMAGE_POSITION")
	private List<Image> images = new ArrayList<>();

	@OneToMany(mappedBy = "item")
	private Set<Bid> bids = new HashSet<>();

	@ManyToMany(mappedBy = "items")
	private Set<Category> categories = new HashSet<>();

	protected Item() {
	}

}
