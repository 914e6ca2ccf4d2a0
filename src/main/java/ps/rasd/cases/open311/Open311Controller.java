package ps.rasd.cases.open311;

import java.io.StringWriter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;

import ps.rasd.cases.CaseManagement;
import ps.rasd.cases.CaseSource;
import ps.rasd.cases.CaseStatus;
import ps.rasd.cases.Filed;
import ps.rasd.cases.NewCase;
import ps.rasd.cases.PublicFinding;
import ps.rasd.cases.ReporterDetails;
import ps.rasd.geography.GeographyManagement;
import ps.rasd.geography.PlaceSummary;
import ps.rasd.registry.AuthoritySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.registry.SectorSummary;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.PageResult;
import ps.rasd.shared.RasdProperties;
import ps.rasd.shared.spi.BearerTokens;

/**
 * Open311 GeoReport v2 at {@code /open311/v2}, in XML or JSON by the path's suffix: discovery, services (the sectors,
 * each with its attributes), {@code POST requests} (a case awaiting verification; an {@code api_key} — a personal
 * write token — is required), {@code GET requests} (published cases only, with the specification's filters plus
 * {@code page} and {@code page_size}), {@code GET requests/{id}} and {@code tokens/{token}}. Times are ISO 8601 with
 * their zone; errors are the specification's list of {@code {code, description}}; states map to {@code open} or
 * {@code closed} with the detailed state in {@code status_notes}.
 */
@RestController
@RequestMapping("/open311/v2")
class Open311Controller {

	/** Reports placed by coordinates belong to the nearest locality within this distance. */
	static final double PLACE_KM = 15;

	static final int MAX_PAGE_SIZE = 200;

	private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final CaseManagement cases;

	private final RegistryManagement registry;

	private final GeographyManagement geography;

	private final List<BearerTokens> tokens;

	private final MessageSource messages;

	private final String baseUrl;

	Open311Controller(CaseManagement cases, RegistryManagement registry, GeographyManagement geography,
			List<BearerTokens> tokens, MessageSource messages, RasdProperties properties) {
		this.cases = cases;
		this.registry = registry;
		this.geography = geography;
		this.tokens = tokens;
		this.messages = messages;
		this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
	}

	// ------------------------------------------------------------------ discovery and services

	@GetMapping("/discovery.{format}")
	ResponseEntity<String> discovery(@PathVariable String format) {
		Map<String, Object> endpoint = new LinkedHashMap<>();
		endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
		endpoint.put("url", baseUrl + "/open311/v2");
		endpoint.put("changeset", "2026-11-30T00:00:00Z");
		endpoint.put("type", "production");
		endpoint.put("formats", List.of("text/xml", "application/json"));
		Map<String, Object> discovery = new LinkedHashMap<>();
		discovery.put("changeset", "2026-11-30T00:00:00Z");
		discovery.put("contact", baseUrl);
		discovery.put("key_service", baseUrl + "/account/tokens");
		discovery.put("endpoints", List.of(endpoint));
		return render(format, "discovery", null, discovery, HttpStatus.OK);
	}

	@GetMapping("/services.{format}")
	ResponseEntity<String> services(@PathVariable String format, Locale locale) {
		List<Map<String, Object>> services = new ArrayList<>();
		for (SectorSummary sector : registry.sectors()) {
			if (!sector.active()) {
				continue;
			}
			Map<String, Object> service = new LinkedHashMap<>();
			service.put("service_code", sector.code());
			service.put("service_name", sector.name().in(locale));
			service.put("description", sector.description() == null ? "" : sector.description().in(locale));
			service.put("metadata", true);
			service.put("type", "realtime");
			service.put("keywords", sector.facilityTypes().stream().map(t -> t.name().in(locale))
				.collect(Collectors.joining(",")));
			service.put("group", sector.name().in(locale));
			services.add(service);
		}
		return render(format, "services", "service", services, HttpStatus.OK);
	}

	@GetMapping("/services/{code}.{format}")
	ResponseEntity<String> service(@PathVariable String code, @PathVariable String format, Locale locale) {
		SectorSummary sector = sector(code);
		List<Map<String, Object>> attributes = new ArrayList<>();
		attributes.add(attribute("governorate", "singlevaluelist", false, 1, locale,
				geography.governorates().stream().map(g -> Map.of("key", g.code(), "name", g.name().in(locale)))
					.toList()));
		attributes.add(attribute("facility_id", "number", false, 2, locale, null));
		attributes.add(attribute("place", "string", false, 3, locale, null));
		attributes.add(attribute("title", "string", false, 4, locale, null));
		Map<String, Object> definition = new LinkedHashMap<>();
		definition.put("service_code", sector.code());
		definition.put("attributes", attributes);
		return render(format, "service_definition", null, definition, HttpStatus.OK);
	}

	private Map<String, Object> attribute(String code, String type, boolean required, int order, Locale locale,
			List<Map<String, String>> values) {
		Map<String, Object> attribute = new LinkedHashMap<>();
		attribute.put("variable", true);
		attribute.put("code", code);
		attribute.put("datatype", type);
		attribute.put("required", required);
		attribute.put("datatype_description", "");
		attribute.put("order", order);
		attribute.put("description", messages.getMessage("cases.open311.attribute." + code, null, locale));
		if (values != null) {
			attribute.put("values", values);
		}
		return attribute;
	}

	// ------------------------------------------------------------------ requests

	@PostMapping("/requests.{format}")
	ResponseEntity<String> create(@PathVariable String format, HttpServletRequest request, Locale locale) {
		Map<String, String> p = new LinkedHashMap<>();
		request.getParameterMap().forEach((k, v) -> p.put(k, v.length == 0 ? null : v[0]));
		BearerTokens.Holder holder = Optional.ofNullable(p.get("api_key"))
			.flatMap(key -> tokens.stream().map(t -> t.authenticate(key)).flatMap(Optional::stream).findFirst())
			.filter(BearerTokens.Holder::mayWrite)
			.orElseThrow(() -> new Open311Error(HttpStatus.FORBIDDEN, "403", "cases.open311.api-key"));
		SectorSummary sector = sector(p.get("service_code"));
		String description = p.get("description");
		if (description == null || description.isBlank()) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "400", "cases.open311.description-required");
		}
		Double lat = number(p.get("lat"), "lat");
		Double lon = number(p.get("long"), "long");
		String governorate = p.get("attribute[governorate]");
		Long placeId = null;
		if (lat != null && lon != null) {
			Optional<PlaceSummary> place = geography.nearestPlace(lat, lon, PLACE_KM);
			if (place.isPresent()) {
				placeId = place.get().id();
				governorate = governorate == null ? place.get().governorateCode() : governorate;
			}
		}
		if (placeId == null && governorate != null && p.get("attribute[place]") != null) {
			placeId = geography.resolvePlace(governorate, p.get("attribute[place]")).map(PlaceSummary::id)
				.orElse(null);
		}
		Long facility = p.get("attribute[facility_id]") == null ? null
				: number(p.get("attribute[facility_id]"), "attribute[facility_id]").longValue();
		if (governorate == null && facility == null) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "400", "cases.open311.where-required");
		}
		String title = p.get("attribute[title]");
		if (title == null || title.isBlank()) {
			String first = description.strip().split("\\R", 2)[0];
			title = first.length() > 80 ? first.substring(0, 79) + "…" : first;
		}
		String name = String.join(" ", Arrays.asList(blank(p.get("first_name")), blank(p.get("last_name"))).stream()
			.filter(s -> s != null).toList());
		ReporterDetails reporter = new ReporterDetails(name.isBlank() ? null : name, blank(p.get("phone")),
				blank(p.get("email")), name.isBlank() && p.get("email") == null && p.get("phone") == null, false,
				locale.getLanguage().equals("en") ? "en" : "ar");
		Filed filed = cases.file(new NewCase(title, description, governorate, placeId, facility,
				facility == null ? sector.code() : null, lat, lon), reporter, CaseSource.OPEN311,
				request.getHeader("Idempotency-Key"), holder.principal());
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("service_request_id", filed.summary().reference());
		answer.put("service_notice", messages.getMessage("cases.open311.notice", null, locale));
		answer.put("account_id", "");
		return render(format, "service_requests", "request", List.of(answer), HttpStatus.CREATED);
	}

	@GetMapping("/requests.{format}")
	ResponseEntity<String> list(@PathVariable String format,
			@RequestParam(name = "service_request_id", required = false) String ids,
			@RequestParam(name = "service_code", required = false) String serviceCode,
			@RequestParam(name = "start_date", required = false) String start,
			@RequestParam(name = "end_date", required = false) String end,
			@RequestParam(required = false) String status,
			@RequestParam(defaultValue = "1") String page,
			@RequestParam(name = "page_size", defaultValue = "50") String pageSize, Locale locale) {
		if (serviceCode != null && !serviceCode.isBlank()) {
			sector(serviceCode);
		}
		Boolean open = null;
		if (status != null && !status.isBlank()) {
			if (!status.equals("open") && !status.equals("closed")) {
				throw new Open311Error(HttpStatus.BAD_REQUEST, "400", "cases.open311.status-invalid");
			}
			open = status.equals("open");
		}
		int pageNumber = whole(page, "page", 1, Integer.MAX_VALUE);
		int size = whole(pageSize, "page_size", 1, MAX_PAGE_SIZE);
		Set<String> references = ids == null || ids.isBlank() ? Set.of()
				: Arrays.stream(ids.split(",")).map(String::strip).filter(s -> !s.isEmpty())
					.collect(Collectors.toCollection(LinkedHashSet::new));
		PageResult<PublicFinding> result = cases.publicFindings(new CaseManagement.PublicQuery(null, serviceCode,
				references, time(start, "start_date"), time(end, "end_date"), open), pageNumber - 1, size);
		List<Map<String, Object>> requests = result.items().stream().map(f -> request(f, locale)).toList();
		return render(format, "service_requests", "request", requests, HttpStatus.OK);
	}

	@GetMapping("/requests/{id}.{format}")
	ResponseEntity<String> one(@PathVariable String id, @PathVariable String format, Locale locale) {
		PublicFinding finding;
		try {
			finding = cases.publicFinding(id);
		}
		catch (DomainException ex) {
			throw new Open311Error(HttpStatus.NOT_FOUND, "404", "cases.open311.not-found");
		}
		return render(format, "service_requests", "request", List.of(request(finding, locale)), HttpStatus.OK);
	}

	/** Rasd answers a request with its id at once, so a token is its own id. */
	@GetMapping("/tokens/{token}.{format}")
	ResponseEntity<String> token(@PathVariable String token, @PathVariable String format) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("service_request_id", token);
		answer.put("token", token);
		return render(format, "service_requests", "request", List.of(answer), HttpStatus.OK);
	}

	private Map<String, Object> request(PublicFinding f, Locale locale) {
		Map<String, Object> r = new LinkedHashMap<>();
		r.put("service_request_id", f.reference());
		r.put("status", f.status().isOpen() ? "open" : "closed");
		r.put("status_notes", messages.getMessage("cases.status." + f.status(), null, locale) + " (" + f.status()
				+ ")");
		SectorSummary sector = registry.sectors().stream().filter(s -> s.code().equals(f.sectorCode())).findFirst()
			.orElse(null);
		r.put("service_name", sector == null ? f.sectorCode() : sector.name().in(locale));
		r.put("service_code", f.sectorCode());
		r.put("description", f.title() + "\n" + f.story());
		r.put("agency_responsible", f.authorityId() == null ? "" : name(registry.authority(f.authorityId()), locale));
		r.put("service_notice", "");
		r.put("requested_datetime", iso(f.filedAt()));
		r.put("updated_datetime", iso(f.updatedAt()));
		r.put("expected_datetime", "");
		Optional<PlaceSummary> place = f.placeId() == null ? Optional.empty() : geography.place(f.placeId());
		String governorate = geography.governorate(f.governorateCode()).map(g -> g.name().in(locale)).orElse("");
		r.put("address", place.map(p -> p.name().in(locale) + "، ").orElse("") + governorate);
		r.put("address_id", "");
		r.put("zipcode", "");
		// the place's coordinates, never the exact spot of a report
		r.put("lat", place.map(PlaceSummary::latitude).map(String::valueOf).orElse(""));
		r.put("long", place.map(PlaceSummary::longitude).map(String::valueOf).orElse(""));
		r.put("media_url", baseUrl + "/findings/" + f.reference() + "/card.png");
		return r;
	}

	private static String name(AuthoritySummary authority, Locale locale) {
		return authority.name().in(locale);
	}

	// ------------------------------------------------------------------ errors and formats

	/** An Open311 error: its HTTP status, its code and a message key. */
	static final class Open311Error extends RuntimeException {

		private static final long serialVersionUID = 1L;

		final HttpStatus status;

		final String code;

		final String key;

		final Object[] arguments;

		Open311Error(HttpStatus status, String code, String key, Object... arguments) {
			super(key);
			this.status = status;
			this.code = code;
			this.key = key;
			this.arguments = arguments;
		}
	}

	@ExceptionHandler(Open311Error.class)
	ResponseEntity<String> open311(Open311Error error, HttpServletRequest request, Locale locale) {
		return errors(request, error.status, List.of(error(error.code,
				messages.getMessage(error.key, error.arguments, locale))));
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<String> invalid(InvalidInputException ex, HttpServletRequest request, Locale locale) {
		return errors(request, HttpStatus.BAD_REQUEST, ex.fields().stream()
			.map(f -> error("400", f.field() + ": " + messages.getMessage(f.code(), f.arguments().toArray(), locale)))
			.toList());
	}

	@ExceptionHandler(ForbiddenException.class)
	ResponseEntity<String> forbidden(ForbiddenException ex, HttpServletRequest request, Locale locale) {
		return errors(request, HttpStatus.FORBIDDEN, List.of(error("403",
				messages.getMessage(ex.code(), ex.arguments(), locale))));
	}

	@ExceptionHandler(DomainException.class)
	ResponseEntity<String> domain(DomainException ex, HttpServletRequest request, Locale locale) {
		HttpStatus status = ex instanceof ps.rasd.shared.NotFoundException ? HttpStatus.NOT_FOUND
				: HttpStatus.BAD_REQUEST;
		return errors(request, status, List.of(error(String.valueOf(status.value()),
				messages.getMessage(ex.code(), ex.arguments(), locale))));
	}

	private ResponseEntity<String> errors(HttpServletRequest request, HttpStatus status,
			List<Map<String, Object>> errors) {
		String format = request.getRequestURI().endsWith(".xml") ? "xml" : "json";
		return render(format, "errors", "error", errors, status);
	}

	private static Map<String, Object> error(String code, String description) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("code", code);
		error.put("description", description);
		return error;
	}

	private SectorSummary sector(String code) {
		return registry.sectors().stream().filter(s -> s.code().equals(code)).findFirst()
			.orElseThrow(() -> new Open311Error(HttpStatus.NOT_FOUND, "404", "cases.open311.service-unknown",
					code == null ? "" : code));
	}

	private static Double number(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Double.valueOf(ps.rasd.shared.Digits.toLatin(value.strip()));
		}
		catch (NumberFormatException ex) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "400", "cases.open311.number-invalid", field);
		}
	}

	private static int whole(String value, String field, int min, int max) {
		try {
			int n = Integer.parseInt(ps.rasd.shared.Digits.toLatin(value.strip()));
			if (n < min || n > max) {
				throw new Open311Error(HttpStatus.BAD_REQUEST, "400", "cases.open311.range", field, min, max);
			}
			return n;
		}
		catch (NumberFormatException ex) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "400", "cases.open311.range", field, min, max);
		}
	}

	private static Instant time(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value.strip()).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "400", "cases.open311.date-invalid", field);
		}
	}

	private static String iso(Instant instant) {
		return instant == null ? "" : ISO.format(instant.atOffset(ZoneOffset.UTC));
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** One structure, two formats: JSON as is; XML with the root and item element names of the specification. */
	private ResponseEntity<String> render(String format, String root, String item, Object body, HttpStatus status) {
		if ("json".equals(format)) {
			return ResponseEntity.status(status).contentType(new MediaType("application", "json",
					java.nio.charset.StandardCharsets.UTF_8)).body(JSON.writeValueAsString(body));
		}
		if (!"xml".equals(format)) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "400", "cases.open311.format-unknown", format);
		}
		try {
			StringWriter out = new StringWriter();
			XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement(root);
			if (body instanceof List<?> list) {
				for (Object element : list) {
					write(xml, item, element);
				}
			}
			else {
				writeFields(xml, (Map<?, ?>) body);
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
			return ResponseEntity.status(status).contentType(new MediaType("text", "xml",
					java.nio.charset.StandardCharsets.UTF_8)).body(out.toString());
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void write(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
		xml.writeStartElement(name);
		if (value instanceof Map<?, ?> map) {
			writeFields(xml, map);
		}
		else {
			// characters XML 1.0 cannot carry (a NUL typed into a filter and echoed in an error) become U+FFFD
			xml.writeCharacters(value == null ? "" : String.valueOf(value)
				.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "\uFFFD"));
		}
		xml.writeEndElement();
	}

	private static void writeFields(XMLStreamWriter xml, Map<?, ?> map) throws XMLStreamException {
		for (Map.Entry<?, ?> e : map.entrySet()) {
			String key = String.valueOf(e.getKey());
			if (e.getValue() instanceof List<?> list) {
				xml.writeStartElement(key);
				String child = key.equals("endpoints") ? "endpoint" : key.equals("formats") ? "format"
						: key.equals("attributes") ? "attribute" : key.equals("values") ? "value" : "item";
				for (Object element : list) {
					write(xml, child, element);
				}
				xml.writeEndElement();
			}
			else {
				write(xml, key, e.getValue());
			}
		}
	}
}
