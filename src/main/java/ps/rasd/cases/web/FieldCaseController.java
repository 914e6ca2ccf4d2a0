package ps.rasd.cases.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import ps.rasd.cases.CaseIntake;
import ps.rasd.cases.CaseSource;
import ps.rasd.evidence.ResumableUploads;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.RasdPrincipal;

/**
 * A case filed from the field app: the page ({@code /field/cases/new}) is kept on the phone by the app's service
 * worker, so a monitor files a case with a photo with no connection; it waits in the phone's queue with its
 * idempotency key and is sent to {@code POST /field/cases} when the connection returns, through the same intake as
 * the staff form (a repeated key returns the first case). Answered 201 (200 for a repeat) with the case's reference,
 * 422 with each refused field's message, or 409 when the photo's resumable upload ({@code upload.photo}) expired and
 * must be sent again. Without JavaScript the page is the staff form, posted to {@code /cases}.
 */
@Controller
class FieldCaseController {

	private final Intake intake;

	private final CaseIntake cases;

	private final ResumableUploads uploads;

	private final MessageSource messages;

	FieldCaseController(Intake intake, CaseIntake cases, ResumableUploads uploads, MessageSource messages) {
		this.intake = intake;
		this.cases = cases;
		this.uploads = uploads;
		this.messages = messages;
	}

	@GetMapping("/field/cases/new")
	String page(Model model) {
		intake.choices(model, new CaseForm());
		model.addAttribute("fieldApp", true);
		return "cases/field-case";
	}

	@PostMapping(path = "/field/cases", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> file(@ModelAttribute("form") CaseForm form, BindingResult errors,
			@RequestParam(required = false) MultipartFile photo,
			@RequestParam(name = "upload.photo", required = false) String uploadId,
			@RequestHeader(name = "Idempotency-Key", required = false) String key,
			@AuthenticationPrincipal RasdPrincipal actor, Locale locale) {
		if (key != null && !key.isBlank()) {
			form.setIdempotencyKey(key);
		}
		if (form.getIdempotencyKey() == null || form.getIdempotencyKey().isBlank()) {
			return refusal(HttpStatus.UNPROCESSABLE_ENTITY, text("monitoring.api.key-required", locale), Map.of());
		}
		// the photo's finished upload; a case already filed takes none (its upload went when it arrived)
		boolean repeat = cases.filedWith(form.getIdempotencyKey(), actor).isPresent();
		String upload = repeat || (photo != null && !photo.isEmpty()) ? null : blank(uploadId);
		if (upload != null && uploads.progress(upload, actor).filter(p -> p.complete()).isEmpty()) {
			return refusal(HttpStatus.CONFLICT, text("evidence.upload.not-found", locale), Map.of(),
					Map.of("uploads", java.util.List.of("photo")));
		}
		Intake.Result result;
		try {
			result = upload == null ? intake.file(form, photo, CaseSource.STAFF, actor, locale, errors)
					: intake.file(form, () -> uploads.open(upload, actor), CaseSource.STAFF, actor, locale, errors);
		}
		catch (ForbiddenException ex) {
			return refusal(HttpStatus.FORBIDDEN, text(ex.code(), locale), Map.of());
		}
		catch (DomainException ex) {
			return refusal(HttpStatus.UNPROCESSABLE_ENTITY, messages.getMessage(ex.code(), ex.arguments(),
					ex.code(), locale), Map.of());
		}
		if (result == null) {
			Map<String, String> fields = new LinkedHashMap<>();
			for (FieldError error : errors.getFieldErrors()) {
				fields.putIfAbsent(error.getField(), messages.getMessage(error, locale));
			}
			String detail = errors.hasGlobalErrors() ? messages.getMessage(errors.getGlobalError(), locale)
					: text("cases.case.invalid", locale);
			return refusal(HttpStatus.UNPROCESSABLE_ENTITY, detail, fields);
		}
		if (upload != null) {
			uploads.discard(upload, actor);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("reference", result.filed().summary().reference());
		body.put("status", result.filed().summary().status().name());
		if (result.photoProblem() != null) {
			body.put("photoProblem", text(result.photoProblem(), locale));
		}
		return ResponseEntity.status(result.filed().trackingToken() == null ? HttpStatus.OK : HttpStatus.CREATED)
			.contentType(MediaType.APPLICATION_JSON).body(body);
	}

	private ResponseEntity<Map<String, Object>> refusal(HttpStatus status, String detail, Map<String, String> errors) {
		return refusal(status, detail, errors, Map.of());
	}

	private ResponseEntity<Map<String, Object>> refusal(HttpStatus status, String detail, Map<String, String> errors,
			Map<String, Object> more) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", detail);
		body.put("status", status.value());
		body.put("detail", detail);
		body.put("errors", errors);
		body.putAll(more);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	private String text(String code, Locale locale) {
		return messages.getMessage(code, new Object[0], code, locale);
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
