package ps.rasd.media.web;

import java.time.Duration;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import ps.rasd.media.ProductionManagement;
import ps.rasd.media.ProductionPage;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.PageLinks;
import ps.rasd.shared.RasdPrincipal;

/**
 * The public media page (productions by kind), a production's page and its file, streamed in the ranges a player
 * asks for (Spring answers {@code Range} with 206 from the file, never loading it whole).
 */
@Controller
class ProductionController {

	static final int PAGE_SIZE = 20;

	private final ProductionManagement productions;

	ProductionController(ProductionManagement productions) {
		this.productions = productions;
	}

	@GetMapping("/media")
	String list(@RequestParam(required = false) String kind, @RequestParam(defaultValue = "0") int page, Model model) {
		String clean = kind == null || !kind.matches("[A-Z0-9_]{1,40}") ? null : kind;
		model.addAttribute("kind", clean);
		model.addAttribute("kinds", productions.kinds());
		model.addAttribute("result", productions.list(clean, null, page, PAGE_SIZE));
		model.addAttribute("pagePrefix", PageLinks.prefix("/media", "kind", clean));
		return "media/productions";
	}

	@GetMapping("/media/{slug}")
	String show(@PathVariable String slug, @AuthenticationPrincipal RasdPrincipal viewer, Model model) {
		ProductionPage page = productions.page(slug, viewer)
			.orElseThrow(() -> new NotFoundException("media.production.not-found", slug));
		model.addAttribute("page", page);
		model.addAttribute("p", page.production());
		return "media/production";
	}

	@GetMapping("/media/{slug}/file")
	ResponseEntity<Resource> file(@PathVariable String slug, @AuthenticationPrincipal RasdPrincipal viewer) {
		ProductionPage page = productions.page(slug, viewer)
			.orElseThrow(() -> new NotFoundException("media.production.not-found", slug));
		Resource file = productions.file(slug, viewer);
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
			.contentType(MediaType.parseMediaType(page.production().fileType()))
			.header(HttpHeaders.ACCEPT_RANGES, "bytes")
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline")
			.body(file);
	}
}
