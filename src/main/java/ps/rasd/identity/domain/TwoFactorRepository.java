package ps.rasd.identity.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TwoFactorRepository extends JpaRepository<TwoFactor, Long> {
}
