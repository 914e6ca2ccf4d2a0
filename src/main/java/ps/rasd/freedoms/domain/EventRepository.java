package ps.rasd.freedoms.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** The events. */
public interface EventRepository extends JpaRepository<Event, Long>, JpaSpecificationExecutor<Event> {

	Optional<Event> findByReference(String reference);

	@Query("select e.reference from Event e where e.tier <> ps.rasd.shared.Tier.INTERNAL order by e.id")
	java.util.List<String> publishedReferences();

	@Query("select coalesce(max(e.id), 0) from Event e")
	long maxId();
}
