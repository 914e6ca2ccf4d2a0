package ps.rasd.media.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import ps.rasd.media.ArticleKind;

public interface ArticleRepository extends JpaRepository<Article, Long>, JpaSpecificationExecutor<Article> {

	Optional<Article> findByKindAndSlug(ArticleKind kind, String slug);

	boolean existsByKindAndSlug(ArticleKind kind, String slug);
}
