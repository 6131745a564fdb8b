package io.github.automigrate.datajdbc;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.jdbc.core.JdbcTemplate;

import io.github.automigrate.apply.MigrationRequest;
import io.github.automigrate.apply.SchemaMigrator;
import io.github.automigrate.datajdbc.shapes.Book;
import io.github.automigrate.datajdbc.shapes.Chain;
import io.github.automigrate.datajdbc.shapes.Customer;
import io.github.automigrate.datajdbc.shapes.CustomerAccount;
import io.github.automigrate.datajdbc.shapes.Doc;
import io.github.automigrate.datajdbc.shapes.Numbered;
import io.github.automigrate.datajdbc.shapes.Person;
import io.github.automigrate.datajdbc.shapes.Playlist;
import io.github.automigrate.datajdbc.shapes.PurchaseOrder;
import io.github.automigrate.datajdbc.shapes.Repositories;
import io.github.automigrate.datajdbc.shapes.ShapesApplication;
import io.github.automigrate.datajdbc.shapes.Status;
import io.github.automigrate.datajdbc.shapes.Ticket;
import io.github.automigrate.mapping.MappedSchema;
import io.github.automigrate.mapping.jdbc.AggregateSchemaSource;
import io.github.automigrate.report.MigrationReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every aggregate shape of the reference, on an empty database: AutoMigrate creates the
 * schema from Spring Data's mapping, a second run executes nothing, and Spring Data
 * JDBC's own repositories save, load, update and delete.
 */
class AggregateShapesTests {

	private static final List<Class<?>> ROOTS = List.of(Person.class, CustomerAccount.class, PurchaseOrder.class,
			Playlist.class, Doc.class, Chain.class, Customer.class, Book.class, Ticket.class, Numbered.class);

	@ParameterizedTest
	@EnumSource(Databases.class)
	void everyShapeRoundTripsThroughSpringDataRepositories(Databases kind) {
		Databases.Database database = kind.create();
		try {
			MappedSchema mapped = AggregateSchemaSource.of(ROOTS).read(database.dataSource());
			SchemaMigrator migrator = new SchemaMigrator(database.dataSource());
			MigrationReport first = migrator
				.migrate(MigrationRequest.of(mapped, List.of(), mapped.entities(), false, true));
			assertThat(first.outcome()).as(first.toString()).isEqualTo(MigrationReport.Outcome.APPLIED);
			MigrationReport second = migrator
				.migrate(MigrationRequest.of(mapped, List.of(), mapped.entities(), false, true));
			assertThat(second.executedCount()).as(second.toString()).isZero();
			assertThat(second.drift()).isEmpty();
			try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ShapesApplication.class)
				.web(WebApplicationType.NONE)
				.properties(database.properties("schema.automigrate.enabled=false"))
				.run()) {
				roundTrips(context, new JdbcTemplate(database.dataSource()), kind);
			}
		}
		finally {
			database.drop().run();
		}
	}

	private void roundTrips(ConfigurableApplicationContext context, JdbcTemplate jdbc, Databases kind) {
		people(context.getBean(Repositories.People.class), jdbc);
		accounts(context.getBean(Repositories.Accounts.class));
		orders(context.getBean(Repositories.Orders.class), jdbc);
		playlists(context.getBean(Repositories.Playlists.class), jdbc, kind);
		docs(context.getBean(Repositories.Docs.class));
		chains(context.getBean(Repositories.Chains.class), jdbc);
		customers(context.getBean(Repositories.Customers.class));
		books(context.getBean(Repositories.Books.class), context.getBean(Repositories.People.class));
		tickets(context.getBean(Repositories.Tickets.class));
		numbers(context.getBean(Repositories.Numbers.class));
	}

	private void people(Repositories.People people, JdbcTemplate jdbc) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		Person person = people.save(new Person(null, "Ada", true, Status.ACTIVE, new BigDecimal("1234.56"), now,
				OffsetDateTime.of(2026, 12, 7, 23, 0, 0, 0, ZoneOffset.UTC), new byte[] { 1, 2, 3 },
				LocalDate.of(1815, 12, 10)));
		assertThat(person.id()).isNotNull();
		assertThat(people.findById(person.id()).orElseThrow()).usingRecursiveComparison()
			.withComparatorForType(Comparator.comparing(OffsetDateTime::toInstant), OffsetDateTime.class)
			.isEqualTo(person);
		assertThat(jdbc.queryForObject("select status from person", String.class)).isEqualTo("ACTIVE");
	}

	private void accounts(Repositories.Accounts accounts) {
		CustomerAccount account = accounts.save(new CustomerAccount(null, "ada@example.org", "Lovelace"));
		assertThat(accounts.findById(account.id())).contains(account);
	}

	private void orders(Repositories.Orders orders, JdbcTemplate jdbc) {
		PurchaseOrder order = orders.save(new PurchaseOrder(null, Set.of(new PurchaseOrder.OrderItem("pen", 2),
				new PurchaseOrder.OrderItem("ink", 1), new PurchaseOrder.OrderItem("pad", 3)),
				new PurchaseOrder.Shipping("post")));
		assertThat(orders.findById(order.id())).contains(order);
		assertThat(
				jdbc.queryForObject("select count(*) from order_item where purchase_order = ?", Long.class, order.id()))
			.isEqualTo(3);
		PurchaseOrder changed = orders.save(new PurchaseOrder(order.id(), Set.of(new PurchaseOrder.OrderItem("pen", 5)),
				new PurchaseOrder.Shipping("courier")));
		assertThat(orders.findById(order.id())).contains(changed);
		orders.deleteById(order.id());
		assertThat(jdbc.queryForObject("select count(*) from order_item", Long.class)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from shipping", Long.class)).isZero();
	}

	private void playlists(Repositories.Playlists playlists, JdbcTemplate jdbc, Databases kind) {
		Playlist playlist = playlists.save(new Playlist(null, "mix",
				List.of(new Playlist.Track("b"), new Playlist.Track("a"), new Playlist.Track("c")),
				Map.of("mood", new Playlist.Tag("calm"), "tempo", new Playlist.Tag("slow")),
				List.of(new Playlist.Note("first"), new Playlist.Note("second")), List.of(new Playlist.Memo("memo"))));
		assertThat(playlists.findById(playlist.id())).contains(playlist);
		assertThat(jdbc.queryForList(
				"select " + kind.quote("pos") + " from note where " + kind.quote("pl_id") + " = ? order by 1",
				Integer.class, playlist.id()))
			.containsExactly(0, 1);
		assertThat(jdbc.queryForObject("select playlist_key from memo where " + kind.quote("owner_ref") + " = ?",
				Integer.class, playlist.id()))
			.isZero();
	}

	private void docs(Repositories.Docs docs) {
		Doc doc = docs.save(new Doc(null,
				List.of(new Doc.Section("one", Map.of("a", new Doc.Para("alpha"), "b", new Doc.Para("beta"))),
						new Doc.Section("two", Map.of("c", new Doc.Para("gamma"))))));
		assertThat(docs.findById(doc.id())).contains(doc);
	}

	private void chains(Repositories.Chains chains, JdbcTemplate jdbc) {
		Chain chain = chains.save(new Chain(null,
				new Chain.Link(null, "link", Set.of(new Chain.Ring(null, "x"), new Chain.Ring(null, "y")))));
		Chain loaded = chains.findById(chain.id()).orElseThrow();
		assertThat(loaded.link().rings()).extracting(Chain.Ring::v).containsExactlyInAnyOrder("x", "y");
		Long linkId = jdbc.queryForObject("select link_id from link where chain = ?", Long.class, chain.id());
		assertThat(jdbc.queryForList("select link from ring", Long.class)).containsOnly(linkId);
	}

	private void customers(Repositories.Customers customers) {
		Customer customer = customers.save(new Customer(null, "Ada", null, null));
		Customer loaded = customers.findById(customer.id()).orElseThrow();
		assertThat(loaded.home()).isNull();
		assertThat(loaded.work()).isNotNull();
		Customer full = customers
			.save(new Customer(null, "Grace", new Customer.Address("Main", 12345, new Customer.Geo(1.5, 2.5)),
					new Customer.Address("Dock", 4, null)));
		assertThat(customers.findById(full.id())).contains(full);
	}

	private void books(Repositories.Books books, Repositories.People people) {
		Long author = people.findAll().iterator().next().id();
		Book book = books.save(new Book(null, "Notes", AggregateReference.to(author),
				Set.of(new Book.BookTag(AggregateReference.to(7L)))));
		assertThat(books.findById(book.id())).contains(book);
	}

	private void tickets(Repositories.Tickets tickets) {
		Instant created = Instant.parse("2026-12-07T10:15:30.123Z");
		Ticket ticket = tickets.save(new Ticket(UUID.randomUUID(), "help", created));
		Ticket loaded = tickets.findById(ticketId(ticket)).orElseThrow();
		assertThat(loaded).extracting("version").isEqualTo(0L);
		assertThat(loaded).extracting("computed").isNull();
		Ticket changed = new Ticket(ticketId(ticket), "more help", created.plusSeconds(60));
		org.springframework.test.util.ReflectionTestUtils.setField(changed, "version", 0L);
		tickets.save(changed);
		Ticket again = tickets.findById(ticketId(ticket)).orElseThrow();
		assertThat(again).extracting("version").isEqualTo(1L);
		assertThat(again).extracting("subject").isEqualTo("more help");
		assertThat(again).extracting("created").isEqualTo(created);
	}

	private static UUID ticketId(Ticket ticket) {
		return (UUID) org.springframework.test.util.ReflectionTestUtils.getField(ticket, "id");
	}

	private void numbers(Repositories.Numbers numbers) {
		Numbered first = numbers.save(new Numbered(null, "one"));
		Numbered second = numbers.save(new Numbered(null, "two"));
		assertThat(first.id()).isNotNull();
		assertThat(second.id()).isGreaterThan(first.id());
		assertThat(numbers.findById(second.id())).contains(second);
	}

}
