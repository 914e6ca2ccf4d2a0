package ps.rasd.identity.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	Optional<ApiToken> findByTokenHash(String hash);

	List<ApiToken> findByAccountIdOrderByCreatedAtDesc(long accountId);
}
