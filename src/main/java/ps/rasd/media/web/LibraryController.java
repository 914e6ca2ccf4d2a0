package ps.rasd.media.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import ps.rasd.evidence.EvidenceManagement;
import ps.rasd.media.Citations;
import ps.rasd.media.LibraryManagement;
import ps.rasd.media.LibraryQuery;
import ps.rasd.media.PublicationKind;
import ps.rasd.media.PublicationView;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.PageLinks;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.RasdProperties;

/** The public library: the list with filters, a publication's page, its PDF (ranges served), BibTeX and RIS. */
@Controller
class LibraryController {

	static final int PAGE_SIZE = 20;

	private final LibraryManagement library;

	private final EvidenceManagement evidence;

	private final MessageSource messages;

	private final String baseUrl;

	LibraryController(LibraryManagement library, EvidenceManagement evidence, MessageSource messages,
			RasdProperties properties) {
		this.library = library;
		this.evidence = evidence;
		this.messages = messages;
		this.baseUrl = properties.baseUrl();
	}

	@GetMapping("/library")
	String list(@RequestParam(required = false) PublicationKind kind, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String language, @RequestParam(required = false) String topic,
			@RequestParam(defaultValue = "0") int page, Model model) {
		LibraryQuery query = new LibraryQuery(kind, year, language, topic, null);
		model.addAttribute("query", query);
		model.addAttribute("kinds", PublicationKind.values());
		model.addAttribute("result", library.list(query, null, page, PAGE_SIZE));
		model.addAttribute("pagePrefix", PageLinks.prefix("/library", "kind", kind, "year", year, "language",
				language, "topic", topic));
		return "media/library";
	}

	@GetMapping("/library/{slug}")
	String show(@PathVariable String slug, @AuthenticationPrincipal RasdPrincipal viewer, Locale locale,
			Model model) {
		PublicationView p = library.readable(slug, viewer)
			.orElseThrow(() -> new NotFoundException("media.publication.not-found", slug));
		model.addAttribute("publication", p);
		model.addAttribute("citation", Citations.line(p, publisher(locale), baseUrl, locale));
		return "media/publication";
	}

	/** The PDF, streamed from its file in the ranges asked for (never read into memory). */
	@GetMapping("/library/{slug}/file")
	ResponseEntity<Resource> file(@PathVariable String slug,
			@RequestHeader(name = HttpHeaders.RANGE, required = false) String range,
			@AuthenticationPrincipal RasdPrincipal viewer) {
		// a reader resuming a download asks for a later range: counted once, at the first byte
		boolean first = range == null || range.matches("bytes=0-.*");
		long fileId = library.download(slug, first, viewer);
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.ACCEPT_RANGES, "bytes")
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(slug + ".pdf", StandardCharsets.UTF_8).build().toString())
			.body(evidence.publishedResource(fileId, LibraryManagement.TYPE));
	}

	@GetMapping(path = "/library/{slug}/cite.bib")
	ResponseEntity<String> bibtex(@PathVariable String slug, @AuthenticationPrincipal RasdPrincipal viewer,
			Locale locale) {
		PublicationView p = library.readable(slug, viewer)
			.orElseThrow(() -> new NotFoundException("media.publication.not-found", slug));
		return citation(slug + ".bib", "application/x-bibtex", Citations.bibtex(p, publisher(locale), baseUrl));
	}

	@GetMapping(path = "/library/{slug}/cite.ris")
	ResponseEntity<String> ris(@PathVariable String slug, @AuthenticationPrincipal RasdPrincipal viewer,
			Locale locale) {
		PublicationView p = library.readable(slug, viewer)
			.orElseThrow(() -> new NotFoundException("media.publication.not-found", slug));
		return citation(slug + ".ris", "application/x-research-info-systems",
				Citations.ris(p, publisher(locale), baseUrl));
	}

	private ResponseEntity<String> citation(String name, String type, String body) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type + ";charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

	private String publisher(Locale locale) {
		return messages.getMessage("media.library.publisher", null, locale);
	}
}
