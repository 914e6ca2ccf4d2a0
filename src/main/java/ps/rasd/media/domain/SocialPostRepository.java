package ps.rasd.media.domain;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import ps.rasd.media.PostStatus;

public interface SocialPostRepository extends JpaRepository<SocialPost, Long> {

	List<SocialPost> findByPlannedOnBetweenOrderByPlannedOnAscIdAsc(LocalDate from, LocalDate to);

	List<SocialPost> findByPlatformAndStatus(String platform, PostStatus status);
}
