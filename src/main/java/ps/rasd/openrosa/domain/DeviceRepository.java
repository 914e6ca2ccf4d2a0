package ps.rasd.openrosa.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DeviceRepository extends JpaRepository<Device, Long> {

	Optional<Device> findByTokenHash(String tokenHash);

	Optional<Device> findByDigestUsername(String digestUsername);

	List<Device> findByAccountIdInOrderByCreatedAtDesc(Collection<Long> accountIds);
}
