package ps.rasd.monitoring.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;

import ps.rasd.evidence.ResumableUploads;
import ps.rasd.evidence.UploadProgress;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;

/**
 * Resumable uploads of the field app, in the tus 1.0.0 protocol (core, creation, expiration and termination): the
 * queue begins an upload with the file's length ({@code POST /field/uploads}), sends it in pieces ({@code PATCH} at
 * {@code Upload-Offset}), and after a cut asks where to go on from ({@code HEAD}) instead of starting over. The visit
 * or case then names the finished upload ({@code upload.<question>} or {@code upload.photo}). Only the signed-in
 * monitor who began an upload sees it.
 */
@Controller
@ResponseBody
@RequestMapping("/field/uploads")
class FieldUploadController {

	static final String VERSION = "1.0.0";

	private static final MediaType PIECE = MediaType.parseMediaType("application/offset+octet-stream");

	private final ResumableUploads uploads;

	private final MessageSource messages;

	FieldUploadController(ResumableUploads uploads, MessageSource messages) {
		this.uploads = uploads;
		this.messages = messages;
	}

	@RequestMapping(method = RequestMethod.OPTIONS)
	ResponseEntity<Void> options() {
		return ResponseEntity.noContent().header("Tus-Resumable", VERSION).header("Tus-Version", VERSION)
			.header("Tus-Extension", "creation,expiration,termination")
			.header("Tus-Max-Size", String.valueOf(uploads.maxLength())).build();
	}

	@RequestMapping(method = RequestMethod.POST)
	ResponseEntity<?> create(@RequestHeader(name = "Tus-Resumable", required = false) String tus,
			@RequestHeader(name = "Upload-Length", required = false) Long length,
			@RequestHeader(name = "Upload-Metadata", required = false) String metadata,
			@AuthenticationPrincipal RasdPrincipal actor, HttpServletRequest request, Locale locale) {
		if (!VERSION.equals(tus)) {
			return unsupported();
		}
		if (length == null) {
			return problem(HttpStatus.BAD_REQUEST, "evidence.upload.no-length", new Object[0], locale);
		}
		try {
			UploadProgress started = uploads.start(length, fileName(metadata), actor);
			return answer(ResponseEntity.status(HttpStatus.CREATED), started)
				.location(URI.create(request.getContextPath() + "/field/uploads/" + started.id())).build();
		}
		catch (DomainException ex) {
			return refused(ex, locale);
		}
	}

	@RequestMapping(path = "/{id}", method = RequestMethod.HEAD)
	ResponseEntity<?> offset(@PathVariable String id,
			@RequestHeader(name = "Tus-Resumable", required = false) String tus,
			@AuthenticationPrincipal RasdPrincipal actor) {
		if (!VERSION.equals(tus)) {
			return unsupported();
		}
		return uploads.progress(id, actor)
			.<ResponseEntity<?>>map(p -> answer(ResponseEntity.ok(), p).header("Upload-Length", String.valueOf(p.length()))
				.build())
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).header("Tus-Resumable", VERSION)
				.cacheControl(CacheControl.noStore()).build());
	}

	@RequestMapping(path = "/{id}", method = RequestMethod.PATCH)
	ResponseEntity<?> append(@PathVariable String id,
			@RequestHeader(name = "Tus-Resumable", required = false) String tus,
			@RequestHeader(name = "Upload-Offset", required = false) Long offset,
			@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String type,
			@AuthenticationPrincipal RasdPrincipal actor, HttpServletRequest request, Locale locale) {
		if (!VERSION.equals(tus)) {
			return unsupported();
		}
		if (type == null || !PIECE.equalsTypeAndSubtype(MediaType.parseMediaType(type))) {
			return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "evidence.upload.not-a-piece", new Object[0], locale);
		}
		if (offset == null) {
			return problem(HttpStatus.BAD_REQUEST, "evidence.upload.offset", new Object[] { "?" }, locale);
		}
		try {
			return answer(ResponseEntity.status(HttpStatus.NO_CONTENT), uploads.append(id, offset, request.getInputStream(), actor))
				.build();
		}
		catch (DomainException ex) {
			return refused(ex, locale);
		}
		catch (IOException | UncheckedIOException ex) {
			// the connection was cut: what arrived is kept, the phone asks where to go on from
			return ResponseEntity.status(HttpStatus.BAD_REQUEST).header("Tus-Resumable", VERSION).build();
		}
	}

	@RequestMapping(path = "/{id}", method = RequestMethod.DELETE)
	ResponseEntity<?> discard(@PathVariable String id,
			@RequestHeader(name = "Tus-Resumable", required = false) String tus,
			@AuthenticationPrincipal RasdPrincipal actor) {
		if (!VERSION.equals(tus)) {
			return unsupported();
		}
		uploads.discard(id, actor);
		return ResponseEntity.noContent().header("Tus-Resumable", VERSION).build();
	}

	private static ResponseEntity.BodyBuilder answer(ResponseEntity.BodyBuilder builder, UploadProgress progress) {
		return builder.header("Tus-Resumable", VERSION).cacheControl(CacheControl.noStore())
			.header("Upload-Offset", String.valueOf(progress.offset()))
			.header("Upload-Expires", DateTimeFormatter.RFC_1123_DATE_TIME
				.format(progress.expiresAt().atZone(ZoneOffset.UTC)));
	}

	private static ResponseEntity<?> unsupported() {
		return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).header("Tus-Version", VERSION).build();
	}

	private ResponseEntity<?> refused(DomainException ex, Locale locale) {
		HttpStatus status = ex instanceof NotFoundException ? HttpStatus.NOT_FOUND
				: ex instanceof ConflictException ? HttpStatus.CONFLICT
				: "evidence.too-large".equals(ex.code()) ? HttpStatus.PAYLOAD_TOO_LARGE
				: HttpStatus.UNPROCESSABLE_ENTITY;
		return problem(status, ex.code(), ex.arguments(), locale);
	}

	private ResponseEntity<?> problem(HttpStatus status, String code, Object[] arguments, Locale locale) {
		String detail = messages.getMessage(code, arguments, code, locale);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", detail);
		body.put("status", status.value());
		body.put("detail", detail);
		body.put("code", code);
		return ResponseEntity.status(status).header("Tus-Resumable", VERSION)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	/** The {@code filename} of tus metadata ({@code key base64,key base64}), or {@code null}. */
	static String fileName(String metadata) {
		if (metadata == null) {
			return null;
		}
		for (String pair : metadata.split(",")) {
			String[] parts = pair.strip().split(" ", 2);
			if (parts.length == 2 && "filename".equals(parts[0])) {
				try {
					return new String(Base64.getDecoder().decode(parts[1].strip()), StandardCharsets.UTF_8);
				}
				catch (IllegalArgumentException ex) {
					return null;
				}
			}
		}
		return null;
	}
}
