package ps.rasd.registry.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RoutingRuleRepository extends JpaRepository<RoutingRule, Long> {

	List<RoutingRule> findBySectorIdAndGovernorateCode(long sectorId, String governorateCode);

	List<RoutingRule> findAllByOrderByGovernorateCodeAscSectorIdAsc();
}
