package io.github.automigrate.datajdbc.shapes;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

/** Spring Data JDBC's own repositories: the judges. */
public final class Repositories {

	private Repositories() {
	}

	public interface People extends CrudRepository<Person, Long> {

	}

	public interface Accounts extends CrudRepository<CustomerAccount, Long> {

	}

	public interface Orders extends CrudRepository<PurchaseOrder, Long> {

	}

	public interface Playlists extends CrudRepository<Playlist, Long> {

	}

	public interface Docs extends CrudRepository<Doc, Long> {

	}

	public interface Chains extends CrudRepository<Chain, Long> {

	}

	public interface Customers extends CrudRepository<Customer, Long> {

	}

	public interface Books extends CrudRepository<Book, Long> {

	}

	public interface Tickets extends CrudRepository<Ticket, UUID> {

	}

	public interface Numbers extends CrudRepository<Numbered, Long> {

	}

}
