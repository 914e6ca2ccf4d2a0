package ps.rasd.cases.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.util.UriComponentsBuilder;

import ps.rasd.cases.PublicFindings;
import ps.rasd.cases.PublicFinding;
import ps.rasd.geography.GeographyManagement;
import ps.rasd.geography.GovernorateSummary;
import ps.rasd.registry.AuthoritySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.registry.SectorSummary;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.PageLinks;
import ps.rasd.cases.internal.PublicPhotos;
import ps.rasd.shared.RasdProperties;

/**
 * Published cases for everyone: the list, a case's page (the redacted story, the public timeline, the authorities'
 * replies next to it, plain share links with no third-party script) with Open Graph and Twitter card tags, and the
 * generated share image. A case that is not, or no longer, public is not found.
 */
@Controller
class FindingController {

	private static final int PAGE_SIZE = 20;

	private final PublicFindings cases;

	private final GeographyManagement geography;

	private final RegistryManagement registry;

	private final ShareCard card;

	private final MessageSource messages;

	private final String baseUrl;

	private final PublicPhotos photos;

	FindingController(PublicFindings cases, GeographyManagement geography, RegistryManagement registry,
			ShareCard card, MessageSource messages, RasdProperties properties, PublicPhotos photos) {
		this.photos = photos;
		this.cases = cases;
		this.geography = geography;
		this.registry = registry;
		this.card = card;
		this.messages = messages;
		this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
	}

	@GetMapping("/findings")
	String list(@RequestParam(required = false) String governorate, @RequestParam(required = false) String sector,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("result", cases.publicFindings(governorate, sector, page, PAGE_SIZE));
		model.addAttribute("governorate", governorate);
		model.addAttribute("sector", sector);
		model.addAttribute("governorates", geography.governorates());
		model.addAttribute("sectors", registry.sectors());
		names(model);
		model.addAttribute("pagePrefix", PageLinks.prefix("/findings", "governorate", governorate, "sector", sector));
		return "cases/findings";
	}

	/** An Atom feed of the latest published cases, for all or for one governorate or sector. */
	@GetMapping(path = "/findings/feed.atom", produces = "application/atom+xml")
	ResponseEntity<String> feed(@RequestParam(required = false) String governorate,
			@RequestParam(required = false) String sector, Locale locale) throws javax.xml.stream.XMLStreamException {
		var latest = cases.latestFindings(governorate, sector, 50);
		java.io.StringWriter out = new java.io.StringWriter();
		var xml = javax.xml.stream.XMLOutputFactory.newInstance().createXMLStreamWriter(out);
		String self = UriComponentsBuilder.fromUriString(baseUrl + "/findings/feed.atom")
			.queryParamIfPresent("governorate", java.util.Optional.ofNullable(governorate).filter(v -> !v.isBlank()))
			.queryParamIfPresent("sector", java.util.Optional.ofNullable(sector).filter(v -> !v.isBlank()))
			.encode().toUriString();
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("feed");
		xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
		xml.writeAttribute("xml:lang", locale.getLanguage());
		element(xml, "title", messages.getMessage("cases.findings.heading", null, locale) + " — "
				+ messages.getMessage("layout.brand", null, locale));
		element(xml, "id", self);
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", "self");
		xml.writeAttribute("href", self);
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", "alternate");
		xml.writeAttribute("href", baseUrl + "/findings");
		java.time.Instant updated = latest.stream().map(PublicFinding::updatedAt).max(java.time.Instant::compareTo)
			.orElse(java.time.Instant.EPOCH);
		element(xml, "updated", updated.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
		xml.writeStartElement("author");
		element(xml, "name", messages.getMessage("layout.brand", null, locale));
		xml.writeEndElement();
		for (PublicFinding f : latest) {
			String url = baseUrl + "/findings/" + f.reference();
			xml.writeStartElement("entry");
			element(xml, "id", url);
			element(xml, "title", f.title());
			xml.writeEmptyElement("link");
			xml.writeAttribute("rel", "alternate");
			xml.writeAttribute("href", url);
			element(xml, "published", (f.publishedAt() != null ? f.publishedAt() : f.filedAt())
				.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
			element(xml, "updated", f.updatedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
			xml.writeStartElement("category");
			xml.writeAttribute("term", f.sectorCode());
			xml.writeEndElement();
			xml.writeStartElement("summary");
			xml.writeAttribute("type", "text");
			xml.writeCharacters(f.story());
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

	private static void element(javax.xml.stream.XMLStreamWriter xml, String name, String text)
			throws javax.xml.stream.XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	@GetMapping("/findings/{reference}")
	String finding(@PathVariable String reference, Model model, Locale locale) {
		PublicFinding finding = cases.publicFinding(reference);
		String url = baseUrl + "/findings/" + finding.reference();
		model.addAttribute("finding", finding);
		model.addAttribute("photos", photos.published(finding.reference()));
		names(model);
		model.addAttribute("authorityNames", registry.authorities().stream()
			.collect(Collectors.toMap(AuthoritySummary::id, AuthoritySummary::name)));
		if (finding.placeId() != null) {
			geography.place(finding.placeId()).ifPresent(p -> model.addAttribute("place", p));
		}
		if (finding.facilityId() != null) {
			model.addAttribute("facility", registry.facility(finding.facilityId()));
		}
		Map<String, String> og = new LinkedHashMap<>();
		og.put("title", finding.title());
		og.put("description", finding.story().length() > 200 ? finding.story().substring(0, 197) + "…"
				: finding.story());
		og.put("url", url);
		og.put("image", url + "/card.png");
		og.put("imageAlt", messages.getMessage("cases.finding.card-alt", new Object[] { finding.title() }, locale));
		model.addAttribute("og", og);
		String text = finding.title() + " — " + url;
		Map<String, String> share = new LinkedHashMap<>();
		share.put("whatsapp", link("https://wa.me/", "text", text));
		share.put("facebook", link("https://www.facebook.com/sharer/sharer.php", "u", url));
		share.put("x", link("https://twitter.com/intent/tweet", "text", finding.title()) + "&url=" + encode(url));
		share.put("telegram", link("https://t.me/share/url", "url", url) + "&text=" + encode(finding.title()));
		model.addAttribute("share", share);
		return "cases/finding";
	}

	/**
	 * The thumbnail of a photo a coordinator marked safe for the public, while the case is public; any other file, or
	 * a case that is not public, is not found.
	 */
	@GetMapping("/findings/{reference}/photos/{id}.jpg")
	void photo(@PathVariable String reference, @PathVariable long id, HttpServletResponse response)
			throws java.io.IOException {
		try (java.io.InputStream in = photos.thumbnail(reference, id)) {
			response.setContentType("image/jpeg");
			response.setHeader("Cache-Control", "public, max-age=300");
			in.transferTo(response.getOutputStream());
		}
	}

	@GetMapping(path = "/findings/{reference}/card.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> card(@PathVariable String reference, WebRequest request, Locale locale) {
		PublicFinding finding = cases.publicFinding(reference);
		String etag = "\"" + finding.reference() + "-" + finding.updatedAt().toEpochMilli() + "\"";
		if (request.checkNotModified(etag)) {
			return null;
		}
		Locale arabic = Locale.forLanguageTag("ar");
		String place = name(governorateNames().get(finding.governorateCode()), arabic);
		if (finding.placeId() != null) {
			place = geography.place(finding.placeId()).map(p -> p.name().ar() + "، ").orElse("") + place;
		}
		String status = messages.getMessage("cases.status." + finding.status(), null, arabic);
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
			.eTag(etag)
			.contentType(MediaType.IMAGE_PNG)
			.body(card.render(finding.title(), place, status, finding.reference()));
	}

	private void names(Model model) {
		model.addAttribute("governorateNames", governorateNames());
		model.addAttribute("sectorNames", registry.sectors().stream()
			.collect(Collectors.toMap(SectorSummary::code, SectorSummary::name)));
	}

	private Map<String, LocalizedText> governorateNames() {
		return geography.governorates().stream()
			.collect(Collectors.toMap(GovernorateSummary::code, GovernorateSummary::name));
	}

	private static String name(LocalizedText text, Locale locale) {
		return text == null ? "" : text.in(locale);
	}

	private static String link(String base, String name, String value) {
		return UriComponentsBuilder.fromUriString(base).queryParam(name, "{v}").encode().buildAndExpand(value)
			.toUriString();
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
	}
}
