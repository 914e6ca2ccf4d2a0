package ps.rasd.openrosa.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import ps.rasd.forms.FormSummary;
import ps.rasd.forms.FormVersionSummary;
import ps.rasd.forms.FormsManagement;
import ps.rasd.forms.VersionStatus;
import ps.rasd.forms.XForm;
import ps.rasd.monitoring.MonitoringManagement;
import ps.rasd.openrosa.OpenRosaIntake;
import ps.rasd.openrosa.OpenRosaManagement;
import ps.rasd.openrosa.OpenRosaPolls;
import ps.rasd.openrosa.Submission;
import ps.rasd.registry.FacilityQuery;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;

/**
 * The OpenRosa 1.0 server ODK Collect, KoboCollect and Enketo talk to. The server address given to a device is
 * {@code <site>/openrosa/<token>}, or {@code <site>/openrosa} with the device's user name and password (HTTP Digest,
 * {@link DigestSignIn}); the client adds {@code /formList} and {@code /submission}. Every answer carries
 * {@code X-OpenRosa-Version: 1.0}; an unknown or revoked token is answered 401.
 */
@RestController
@RequestMapping({ "/openrosa/{token}", "/openrosa" })
class OpenRosaController {

	private static final MediaType XML = new MediaType("text", "xml", StandardCharsets.UTF_8);

	private static final String VERSION = "X-OpenRosa-Version";

	private final OpenRosaManagement devices;

	private final OpenRosaIntake intake;

	private final OpenRosaPolls pollForms;

	private final DigestSignIn digest;

	private final FormsManagement forms;

	private final RegistryManagement registry;

	private final MessageSource messages;

	private final long maxSubmission;

	/** Published versions never change: their XForm and its hash are kept. */
	private final Map<String, String> xforms = new ConcurrentHashMap<>();

	OpenRosaController(OpenRosaManagement devices, OpenRosaIntake intake, OpenRosaPolls pollForms, DigestSignIn digest,
			FormsManagement forms,
			RegistryManagement registry, MessageSource messages,
			@Value("${rasd.openrosa.max-submission-size:20MB}") DataSize maxSubmission) {
		this.devices = devices;
		this.intake = intake;
		this.pollForms = pollForms;
		this.digest = digest;
		this.forms = forms;
		this.registry = registry;
		this.messages = messages;
		this.maxSubmission = maxSubmission.toBytes();
	}

	/**
	 * The scorecards this monitor can fill (the current version of every form of a sector) and the polls they may
	 * interview for.
	 */
	@GetMapping("/formList")
	ResponseEntity<String> formList(@PathVariable(required = false) String token, HttpServletRequest request) {
		RasdPrincipal actor = device(token, request);
		Locale locale = language(request);
		String base = base(token);
		String list = scorecards().stream().map(v -> {
			String id = String.valueOf(v.id());
			return "<xform><formID>" + escape(v.formCode()) + "</formID><name>"
					+ escape(v.definition().title().in(locale)) + "</name><version>" + v.number() + "</version>"
					+ "<hash>md5:" + md5(xform(v)) + "</hash><downloadUrl>" + base + "/forms/" + id + ".xml"
					+ "</downloadUrl><manifestUrl>" + base + "/forms/" + id + "/manifest</manifestUrl></xform>";
		}).collect(Collectors.joining()) + pollForms.forms(actor).stream().map(p -> {
			String xform = pollXform(p);
			return "<xform><formID>" + escape(p.formId()) + "</formID><name>" + escape(p.poll().title().in(locale))
					+ "</name><version>" + p.questionnaire().number() + "</version><hash>md5:" + md5(xform)
					+ "</hash><downloadUrl>" + base + "/polls/" + p.poll().id() + ".xml</downloadUrl></xform>";
		}).collect(Collectors.joining());
		return xml(HttpStatus.OK, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<xforms xmlns=\"http://openrosa.org/xforms/xformsList\">" + list + "</xforms>\n");
	}

	@GetMapping("/forms/{versionId}.xml")
	ResponseEntity<String> form(@PathVariable(required = false) String token, @PathVariable long versionId,
			HttpServletRequest request) {
		device(token, request);
		return xml(HttpStatus.OK, xform(scorecard(versionId)));
	}

	/** A poll's questionnaire, for a person who may interview for it now. */
	@GetMapping("/polls/{pollId}.xml")
	ResponseEntity<String> poll(@PathVariable(required = false) String token, @PathVariable long pollId,
			HttpServletRequest request) {
		RasdPrincipal actor = device(token, request);
		return xml(HttpStatus.OK, pollXform(pollForms.form(pollId, actor)
			.orElseThrow(() -> new NotFoundException("openrosa.form.not-found"))));
	}

	@GetMapping("/forms/{versionId}/manifest")
	ResponseEntity<String> manifest(@PathVariable(required = false) String token, @PathVariable long versionId,
			HttpServletRequest request) {
		RasdPrincipal actor = device(token, request);
		FormVersionSummary version = scorecard(versionId);
		String csv = facilities(actor, version);
		return xml(HttpStatus.OK, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<manifest xmlns=\"http://openrosa.org/xforms/xformsManifest\"><mediaFile><filename>"
				+ XForm.FACILITIES + "</filename><hash>md5:" + md5(csv) + "</hash><downloadUrl>" + base(token)
				+ "/forms/" + versionId + "/" + XForm.FACILITIES + "</downloadUrl></mediaFile></manifest>\n");
	}

	/** The facilities of the form's sector in the monitor's governorates ({@code name,label}). */
	@GetMapping("/forms/{versionId}/facilities.csv")
	ResponseEntity<String> facilityList(@PathVariable(required = false) String token, @PathVariable long versionId,
			HttpServletRequest request) {
		RasdPrincipal actor = device(token, request);
		return ResponseEntity.ok().header(VERSION, "1.0").contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(facilities(actor, scorecard(versionId)));
	}

	/** The pre-check ODK Collect makes before sending: how large a submission may be. */
	@RequestMapping(path = "/submission", method = RequestMethod.HEAD)
	ResponseEntity<Void> submissionCheck(@PathVariable(required = false) String token, HttpServletRequest request) {
		device(token, request);
		return ResponseEntity.noContent().header(VERSION, "1.0")
			.header("X-OpenRosa-Accept-Content-Length", String.valueOf(maxSubmission)).build();
	}

	@PostMapping("/submission")
	ResponseEntity<String> submit(@PathVariable(required = false) String token, HttpServletRequest request)
			throws IOException {
		RasdPrincipal actor = device(token, request);
		Locale locale = language(request);
		if (request.getContentLengthLong() > maxSubmission) {
			return response(HttpStatus.PAYLOAD_TOO_LARGE, message("openrosa.submission.too-large", locale,
					DataSize.ofBytes(maxSubmission).toMegabytes()));
		}
		if (!(request instanceof MultipartHttpServletRequest multipart)
				|| multipart.getFile("xml_submission_file") == null) {
			return response(HttpStatus.BAD_REQUEST, message("openrosa.submission.no-xml", locale));
		}
		OpenRosaXml.Instance instance;
		try (InputStream in = multipart.getFile("xml_submission_file").getInputStream()) {
			instance = OpenRosaXml.read(in);
		}
		catch (IOException ex) {
			return response(HttpStatus.BAD_REQUEST, message("openrosa.submission.bad-xml", locale));
		}
		Map<String, InputStream> attachments = new LinkedHashMap<>();
		for (MultipartFile file : multipart.getFileMap().values()) {
			if (!"xml_submission_file".equals(file.getName()) && file.getOriginalFilename() != null) {
				attachments.put(file.getOriginalFilename(), file.getInputStream());
			}
		}
		OpenRosaIntake.Filled filled = new OpenRosaIntake.Filled(instance.formId(), instance.version(),
				instance.instanceId(), instance.values(), attachments,
				"yes".equalsIgnoreCase(multipart.getParameter("*isIncomplete*")));
		boolean poll = OpenRosaPolls.isPoll(instance.formId());
		if (poll && filled.incomplete()) {
			// a questionnaire takes no attachments: the last part carries the answers
			return response(HttpStatus.CREATED, message("openrosa.submission.part", locale));
		}
		Submission result = poll ? pollForms.submit(filled, actor) : intake.submit(filled, actor);
		String kind = poll ? "openrosa.submission.poll-" : "openrosa.submission.";
		return switch (result.outcome()) {
			case CREATED -> response(HttpStatus.CREATED, message(kind + "stored", locale, result.visitReference()));
			case PART -> response(HttpStatus.CREATED, message("openrosa.submission.part", locale));
			case DUPLICATE -> response(HttpStatus.ACCEPTED, message(kind + "duplicate", locale,
					result.visitReference()));
			case INVALID -> response(HttpStatus.BAD_REQUEST, errors(kind + "invalid", result, locale));
		};
	}

	private String errors(String heading, Submission result, Locale locale) {
		String details = result.errors().stream()
			.map(e -> (e.question().equals("form") ? "" : e.question() + ": ")
					+ (e.message() != null ? e.message().in(locale)
							: messages.getMessage(e.code(), e.arguments().toArray(), e.code(), locale)))
			.collect(Collectors.joining("\n"));
		return message(heading, locale) + "\n" + details;
	}

	/** The device's person: by the token in the address, or else by HTTP Digest. */
	private RasdPrincipal device(String token, HttpServletRequest request) {
		if (token == null) {
			return digest.authenticate(request);
		}
		return devices.authenticate(token).orElseThrow(DeviceRefused::new);
	}

	private List<FormVersionSummary> scorecards() {
		return forms.forms().stream().filter(f -> f.sectorCode() != null)
			.map(FormSummary::current).flatMap(Optional::stream).toList();
	}

	private FormVersionSummary scorecard(long versionId) {
		return scorecards().stream().filter(v -> v.id() == versionId).findFirst()
			.orElseThrow(() -> new NotFoundException("openrosa.form.not-found"));
	}

	private String xform(FormVersionSummary v) {
		return xforms.computeIfAbsent("form:" + v.id(), id -> XForm.of(v.definition(), v.formCode(),
				String.valueOf(v.number()), new LocalizedText(messages.getMessage("openrosa.form.facility", null,
						Locale.forLanguageTag("ar")), messages.getMessage("openrosa.form.facility", null,
								Locale.ENGLISH))));
	}

	private String pollXform(OpenRosaPolls.PollForm p) {
		return xforms.computeIfAbsent("poll:" + p.poll().id() + ":" + p.questionnaire().id(), id -> p.xform());
	}

	private String facilities(RasdPrincipal actor, FormVersionSummary version) {
		String sector = forms.form(version.formId()).sectorCode();
		StringBuilder csv = new StringBuilder("name,label\n");
		// administrators may monitor everywhere: every governorate's facilities (null is no filter)
		java.util.stream.Stream<String> governorates = actor.isAdmin() ? java.util.stream.Stream.of((String) null)
				: actor.governorateCodes().stream().sorted().filter(g -> MonitoringManagement.mayMonitor(actor, g));
		governorates
			.flatMap(g -> allFacilities(new FacilityQuery(g, sector, null, null, null)).stream())
			.forEach(f -> csv.append(f.id()).append(',').append(csvField(label(f))).append('\n'));
		return csv.toString();
	}

	private List<FacilitySummary> allFacilities(FacilityQuery query) {
		List<FacilitySummary> all = new java.util.ArrayList<>();
		ps.rasd.shared.PageResult<FacilitySummary> page;
		int number = 0;
		do {
			page = registry.facilities(query, number++, RegistryManagement.MAX_PAGE_SIZE);
			all.addAll(page.items());
		}
		while (page.hasNext());
		return all;
	}

	private static String label(FacilitySummary f) {
		return f.name().en() == null ? f.name().ar() : f.name().ar() + " (" + f.name().en() + ")";
	}

	private static ResponseEntity<String> xml(HttpStatus status, String body) {
		return ResponseEntity.status(status).header(VERSION, "1.0").contentType(XML).body(body);
	}

	/** An OpenRosa response: ODK Collect shows its message to the person. */
	private static ResponseEntity<String> response(HttpStatus status, String message) {
		String nature = status.is2xxSuccessful() ? "submit_success" : "error";
		return xml(status, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<OpenRosaResponse xmlns=\"http://openrosa.org/http/response\"><message nature=\"" + nature + "\">"
				+ escape(message) + "</message></OpenRosaResponse>\n");
	}

	private String message(String code, Locale locale, Object... arguments) {
		return messages.getMessage(code, arguments, code, locale);
	}

	/** Arabic unless the device asks for English first. */
	private static Locale language(HttpServletRequest request) {
		return "en".equals(request.getLocale().getLanguage()) && request.getHeader("Accept-Language") != null
				? Locale.ENGLISH : Locale.forLanguageTag("ar");
	}

	private static String base(String token) {
		return ServletUriComponentsBuilder.fromCurrentContextPath()
			.path(token == null ? "/openrosa" : "/openrosa/" + token).toUriString();
	}

	private static String md5(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
				.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	private static String csvField(String text) {
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

	@ExceptionHandler(DeviceRefused.class)
	ResponseEntity<String> refused(HttpServletRequest request) {
		return response(HttpStatus.UNAUTHORIZED, message("openrosa.device.refused", language(request)));
	}

	@ExceptionHandler(DigestSignIn.Challenge.class)
	ResponseEntity<String> challenge(DigestSignIn.Challenge challenge, HttpServletRequest request) {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(VERSION, "1.0")
			.header("WWW-Authenticate", digest.challenges(challenge.stale()).toArray(String[]::new))
			.contentType(XML).body(response(HttpStatus.UNAUTHORIZED,
					message("openrosa.device.sign-in", language(request))).getBody());
	}

	@ExceptionHandler(ForbiddenException.class)
	ResponseEntity<String> forbidden(HttpServletRequest request) {
		return response(HttpStatus.FORBIDDEN, message("openrosa.forbidden", language(request)));
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<String> notFound(NotFoundException ex, HttpServletRequest request) {
		return response(HttpStatus.NOT_FOUND, message(ex.code(), language(request)));
	}

	/** An unknown or revoked device token. */
	static final class DeviceRefused extends ForbiddenException {

		DeviceRefused() {
			super("openrosa.device.refused");
		}
	}
}
