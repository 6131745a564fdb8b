package io.github.automigrate.datajdbc.more;

import java.util.List;
import java.util.Set;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.data.repository.CrudRepository;

/**
 * Composite ids (Spring Data JDBC 4: an embedded value as {@code @Id}) with child
 * collections, and references between aggregates.
 */
@SpringBootApplication
@EnableJdbcRepositories(considerNestedRepositories = true)
public class MoreShapesApplication {

	/**
	 * An aggregate whose id is made of two columns. The application supplies the id, so
	 * the version tells Spring Data whether to insert or update.
	 */
	@Table
	public record OrderLine(@Id @Embedded.Nullable LineId id, @Version Integer version, String product,
			List<Part> parts, Set<Remark> remarks) {
	}

	public record LineId(String orderNo, Integer lineNo) {
	}

	public record Part(String name) {
	}

	public record Remark(String text) {
	}

	@Table
	public record Member(@Id Long id, String name) {
	}

	/** A reference to another aggregate: a plain column, a foreign key if opted in. */
	@Table
	public record Loan(@Id Long id, String title, AggregateReference<Member, Long> member) {
	}

	public interface OrderLines extends CrudRepository<OrderLine, LineId> {

	}

	public interface Members extends CrudRepository<Member, Long> {

	}

	public interface Loans extends CrudRepository<Loan, Long> {

	}

}
