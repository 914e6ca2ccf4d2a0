package ps.rasd.forms.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FormVersionRepository extends JpaRepository<FormVersion, Long> {

	List<FormVersion> findByFormIdOrderByNumberDesc(long formId);
}
