package ps.rasd.openrosa.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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

import ps.rasd.openrosa.OpenRosaIntake;
import ps.rasd.openrosa.OpenRosaManagement;
import ps.rasd.openrosa.OpenRosaPolls;
import ps.rasd.openrosa.Submission;
import ps.rasd.shared.ForbiddenException;
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

	private final OpenRosaForms downloads;

	private final MessageSource messages;

	private final long maxSubmission;

	OpenRosaController(OpenRosaManagement devices, OpenRosaIntake intake, OpenRosaPolls pollForms, DigestSignIn digest,
			OpenRosaForms downloads, MessageSource messages,
			@Value("${rasd.openrosa.max-submission-size:20MB}") DataSize maxSubmission) {
		this.devices = devices;
		this.intake = intake;
		this.pollForms = pollForms;
		this.digest = digest;
		this.downloads = downloads;
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
		return xml(HttpStatus.OK, downloads.formList(actor, locale, base(token)));
	}

	@GetMapping("/forms/{versionId}.xml")
	ResponseEntity<String> form(@PathVariable(required = false) String token, @PathVariable long versionId,
			HttpServletRequest request) {
		device(token, request);
		return xml(HttpStatus.OK, downloads.scorecardXform(versionId));
	}

	/** A poll's questionnaire, for a person who may interview for it now. */
	@GetMapping("/polls/{pollId}.xml")
	ResponseEntity<String> poll(@PathVariable(required = false) String token, @PathVariable long pollId,
			HttpServletRequest request) {
		RasdPrincipal actor = device(token, request);
		return xml(HttpStatus.OK, downloads.pollXform(pollId, actor));
	}

	@GetMapping("/forms/{versionId}/manifest")
	ResponseEntity<String> manifest(@PathVariable(required = false) String token, @PathVariable long versionId,
			HttpServletRequest request) {
		RasdPrincipal actor = device(token, request);
		return xml(HttpStatus.OK, downloads.manifest(actor, versionId, base(token)));
	}

	/** The facilities of the form's sector in the monitor's governorates ({@code name,label}). */
	@GetMapping("/forms/{versionId}/facilities.csv")
	ResponseEntity<String> facilityList(@PathVariable(required = false) String token, @PathVariable long versionId,
			HttpServletRequest request) {
		RasdPrincipal actor = device(token, request);
		return ResponseEntity.ok().header(VERSION, "1.0").contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(downloads.facilities(actor, versionId));
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

	private static String escape(String text) {
		return OpenRosaForms.escape(text);
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
