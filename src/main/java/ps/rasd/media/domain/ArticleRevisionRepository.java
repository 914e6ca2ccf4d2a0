package ps.rasd.media.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ArticleRevisionRepository extends JpaRepository<ArticleRevision, Long> {

	List<ArticleRevision> findByArticleIdOrderByRevisionDesc(Long articleId);

	Optional<ArticleRevision> findByArticleIdAndRevision(Long articleId, int revision);
}
