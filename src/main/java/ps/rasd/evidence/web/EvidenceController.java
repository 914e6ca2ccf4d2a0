package ps.rasd.evidence.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import ps.rasd.evidence.EvidenceManagement;
import ps.rasd.evidence.EvidenceSummary;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.spi.EvidenceAccess;

/** Serves kept files and thumbnails to whoever the record's module allows; anyone else gets "not found". */
@Controller
class EvidenceController {

	private final EvidenceManagement evidence;

	private final List<EvidenceAccess> access;

	EvidenceController(EvidenceManagement evidence, List<EvidenceAccess> access) {
		this.evidence = evidence;
		this.access = access;
	}

	@GetMapping("/evidence/{id}")
	void file(@PathVariable long id, @RequestParam(defaultValue = "false") boolean download,
			@AuthenticationPrincipal RasdPrincipal viewer, HttpServletResponse response) throws IOException {
		EvidenceSummary file = allowed(id, viewer);
		response.setContentType(file.mediaType());
		response.setHeader("Cache-Control", "private, max-age=3600");
		response.setHeader("Content-Disposition", (download || !file.image() ? "attachment" : "inline")
				+ "; filename=\"rasd-evidence-" + id + "\"");
		try (InputStream in = evidence.open(id, false, download, viewer)) {
			in.transferTo(response.getOutputStream());
		}
	}

	@GetMapping("/evidence/{id}/thumbnail")
	void thumbnail(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal viewer, HttpServletResponse response)
			throws IOException {
		allowed(id, viewer);
		response.setContentType("image/jpeg");
		response.setHeader("Cache-Control", "private, max-age=86400");
		try (InputStream in = evidence.open(id, true, false, viewer)) {
			in.transferTo(response.getOutputStream());
		}
	}

	/** The untouched original of a sealed file: coordinators of its governorate and administrators, each read recorded. */
	@GetMapping("/evidence/{id}/original")
	void original(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal viewer, HttpServletResponse response)
			throws IOException {
		EvidenceSummary file = allowed(id, viewer);
		byte[] original = evidence.openOriginal(id, viewer);
		response.setContentType(file.mediaType());
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Content-Disposition", "attachment; filename=\"rasd-original-" + id + "\"");
		response.getOutputStream().write(original);
	}

	/** The chain of custody as CSV, for a dispute. */
	@GetMapping("/evidence/{id}/custody.csv")
	void custody(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal viewer, HttpServletResponse response)
			throws IOException {
		EvidenceSummary file = allowed(id, viewer);
		if (viewer == null || !viewer.manages(file.governorateCode())) {
			throw new NotFoundException("evidence.not-found");
		}
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"rasd-evidence-" + id + "-custody.csv\"");
		StringBuilder csv = new StringBuilder("\uFEFFfile,at,actor_id,action,detail,sha256_received,sha256_stored\n");
		evidence.custody(id).forEach(step -> csv.append(id).append(',').append(step.at()).append(',')
			.append(step.actorId()).append(',').append(step.action()).append(",\"")
			.append(step.detail() == null ? "" : step.detail().replace("\"", "\"\"")).append("\",")
			.append(file.sha256Received()).append(',').append(file.sha256Stored()).append('\n'));
		response.getOutputStream().write(csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	private EvidenceSummary allowed(long id, RasdPrincipal viewer) {
		EvidenceSummary file = evidence.file(id);
		boolean may = access.stream().filter(a -> a.subjectType().equals(file.subjectType()))
			.anyMatch(a -> a.maySee(file.subjectId(), viewer));
		if (!may) {
			throw new NotFoundException("evidence.not-found");
		}
		return file;
	}
}
