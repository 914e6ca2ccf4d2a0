package ps.rasd.media.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import ps.rasd.evidence.EvidenceManagement;
import ps.rasd.media.ArticleKind;
import ps.rasd.media.ArticleView;
import ps.rasd.media.MediaManagement;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.PageLinks;
import ps.rasd.shared.RasdPrincipal;

/** The public website pages and news: lists, a page, a post, cover images and the Atom feed. */
@Controller
class ArticleController {

	static final int PAGE_SIZE = 10;

	private final MediaManagement media;

	private final EvidenceManagement evidence;

	private final NewsFeed feed;

	ArticleController(MediaManagement media, EvidenceManagement evidence, NewsFeed feed) {
		this.media = media;
		this.evidence = evidence;
		this.feed = feed;
	}

	@GetMapping("/pages/{slug}")
	String page(@PathVariable String slug, @AuthenticationPrincipal RasdPrincipal viewer, Model model) {
		return show(ArticleKind.PAGE, slug, viewer, model);
	}

	@GetMapping("/news/{slug}")
	String post(@PathVariable String slug, @AuthenticationPrincipal RasdPrincipal viewer, Model model) {
		return show(ArticleKind.NEWS, slug, viewer, model);
	}

	@GetMapping("/news")
	String news(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal RasdPrincipal viewer,
			Model model) {
		model.addAttribute("result", media.list(ArticleKind.NEWS, null, page, PAGE_SIZE));
		model.addAttribute("pages", media.latest(ArticleKind.PAGE, 20));
		model.addAttribute("pagePrefix", PageLinks.prefix("/news"));
		return "media/news";
	}

	@GetMapping(path = "/news/feed.atom", produces = "application/atom+xml")
	ResponseEntity<String> feed(Locale locale) {
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic())
			.contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
			.body(feed.atom(media.latest(ArticleKind.NEWS, 30), locale));
	}

	@GetMapping("/news/covers/{fileId}")
	ResponseEntity<byte[]> cover(@PathVariable long fileId) throws IOException {
		if (!media.publicCover(fileId)) {
			throw new NotFoundException("media.article.not-found", fileId);
		}
		var file = evidence.file(fileId);
		try (InputStream in = evidence.openPublished(fileId, MediaManagement.COVER_SUBJECT)) {
			return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic())
				.contentType(MediaType.parseMediaType(file.mediaType()))
				.body(in.readAllBytes());
		}
	}

	private String show(ArticleKind kind, String slug, RasdPrincipal viewer, Model model) {
		ArticleView article = media.readable(kind, slug, viewer)
			.orElseThrow(() -> new NotFoundException("media.article.not-found", slug));
		model.addAttribute("article", article);
		return "media/article";
	}
}
