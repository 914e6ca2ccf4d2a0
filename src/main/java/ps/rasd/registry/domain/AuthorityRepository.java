package ps.rasd.registry.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AuthorityRepository extends JpaRepository<Authority, Long> {

	List<Authority> findAllByOrderByIdAsc();
}
