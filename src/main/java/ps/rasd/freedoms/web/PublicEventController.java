package ps.rasd.freedoms.web;

import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import ps.rasd.freedoms.FigureFilter;
import ps.rasd.freedoms.FreedomsFigures;
import ps.rasd.freedoms.FreedomsPublication;
import ps.rasd.freedoms.PublishedEvent;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.RasdProperties;

/** The published copies for partners and the public: list, page, Atom feed and the public figures. */
@Controller
class PublicEventController {

	private final FreedomsPublication publication;

	private final FreedomsFigures figures;

	private final Choices choices;

	private final MessageSource messages;

	private final String baseUrl;

	PublicEventController(FreedomsPublication publication, FreedomsFigures figures, Choices choices,
			MessageSource messages, RasdProperties properties) {
		this.publication = publication;
		this.figures = figures;
		this.choices = choices;
		this.messages = messages;
		this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
	}

	@GetMapping("/violations")
	String list(@RequestParam(required = false) String governorate, @RequestParam(required = false) String type,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal RasdPrincipal viewer, Model model) {
		model.addAttribute("events", publication.publishedList(EventForm.blank(governorate), EventForm.blank(type),
				page, 20, viewer));
		model.addAttribute("governorate", governorate);
		model.addAttribute("type", type);
		choices.add(model);
		return "freedoms/violations";
	}

	@GetMapping("/violations/{reference:FRD-[0-9]+-[0-9]+}")
	String page(@PathVariable String reference, @AuthenticationPrincipal RasdPrincipal viewer, Model model) {
		model.addAttribute("event", publication.published(reference, viewer));
		choices.add(model);
		return "freedoms/violation";
	}

	@GetMapping("/violations/figures")
	String figures(@RequestParam(required = false) String governorate, @RequestParam(required = false) String type,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		FigureFilter filter = new FigureFilter(EventForm.blank(governorate), EventForm.blank(type), from, to);
		model.addAttribute("figures", figures.published(filter));
		model.addAttribute("filter", filter);
		model.addAttribute("internal", false);
		choices.add(model);
		return "freedoms/figures";
	}

	/** The latest public copies, for all or one governorate. */
	@GetMapping(path = "/violations/feed.atom", produces = "application/atom+xml")
	ResponseEntity<String> feed(@RequestParam(required = false) String governorate, Locale locale)
			throws XMLStreamException {
		var latest = publication.publishedList(EventForm.blank(governorate), null, 0, 50, null).items();
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = javax.xml.stream.XMLOutputFactory.newInstance().createXMLStreamWriter(out);
		String self = baseUrl + "/violations/feed.atom";
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("feed");
		xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
		xml.writeAttribute("xml:lang", locale.getLanguage());
		element(xml, "title", messages.getMessage("freedoms.public.heading", null, locale) + " — "
				+ messages.getMessage("layout.brand", null, locale));
		element(xml, "id", self);
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", "self");
		xml.writeAttribute("href", self);
		Instant updated = latest.stream().map(PublishedEvent::publishedAt).filter(java.util.Objects::nonNull)
			.max(Instant::compareTo).orElse(Instant.EPOCH);
		element(xml, "updated", updated.truncatedTo(ChronoUnit.SECONDS).toString());
		xml.writeStartElement("author");
		element(xml, "name", messages.getMessage("layout.brand", null, locale));
		xml.writeEndElement();
		for (PublishedEvent e : latest) {
			String url = baseUrl + "/violations/" + e.reference();
			xml.writeStartElement("entry");
			element(xml, "id", url);
			element(xml, "title", e.title());
			xml.writeEmptyElement("link");
			xml.writeAttribute("rel", "alternate");
			xml.writeAttribute("href", url);
			String at = (e.publishedAt() == null ? Instant.EPOCH : e.publishedAt()).truncatedTo(ChronoUnit.SECONDS)
				.toString();
			element(xml, "published", at);
			element(xml, "updated", at);
			if (e.eventType() != null) {
				xml.writeEmptyElement("category");
				xml.writeAttribute("term", e.eventType());
			}
			xml.writeStartElement("summary");
			xml.writeAttribute("type", "text");
			xml.writeCharacters(e.narrative() == null ? "" : e.narrative());
			xml.writeEndElement();
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic())
			.contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
			.body(out.toString());
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text == null ? "" : text);
		xml.writeEndElement();
	}
}
