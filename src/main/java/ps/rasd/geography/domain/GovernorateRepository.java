package ps.rasd.geography.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GovernorateRepository extends JpaRepository<Governorate, String> {

	List<Governorate> findAllByOrderBySortOrder();
}
