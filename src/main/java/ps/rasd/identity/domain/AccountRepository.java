package ps.rasd.identity.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountRepository extends JpaRepository<Account, Long>,
		org.springframework.data.jpa.repository.JpaSpecificationExecutor<Account> {

	Optional<Account> findByUsername(String username);

	boolean existsByUsername(String username);
}
