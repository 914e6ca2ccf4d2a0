package ps.rasd.freedoms.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import ps.rasd.freedoms.TermKind;

/** The vocabularies. */
public interface TermRepository extends JpaRepository<TermEntry, Long> {

	List<TermEntry> findByKindOrderByPositionAscIdAsc(TermKind kind);

	List<TermEntry> findAllByOrderByKindAscPositionAscIdAsc();

	Optional<TermEntry> findByKindAndCode(TermKind kind, String code);
}
