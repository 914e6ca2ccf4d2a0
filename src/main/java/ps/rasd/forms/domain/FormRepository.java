package ps.rasd.forms.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FormRepository extends JpaRepository<Form, Long> {

	Optional<Form> findByCode(String code);

	List<Form> findAllByOrderByCode();

	boolean existsByCode(String code);
}
