package ps.rasd.media.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PublicationRepository extends JpaRepository<Publication, Long>, JpaSpecificationExecutor<Publication> {

	Optional<Publication> findBySlug(String slug);

	boolean existsBySlug(String slug);

	/** One more download, counted in the database (two readers at once both count). */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Publication p set p.downloads = p.downloads + 1 where p.id = :id")
	int countDownload(long id);
}
