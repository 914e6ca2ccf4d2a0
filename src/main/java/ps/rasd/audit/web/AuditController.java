package ps.rasd.audit.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ps.rasd.audit.AuditManagement;
import ps.rasd.audit.ChainCheck;
import ps.rasd.shared.PageLinks;

/** Administrators browse, check and export the audit log. */
@Controller
class AuditController {

	private static final int PAGE_SIZE = 100;

	private final AuditManagement audit;

	AuditController(AuditManagement audit) {
		this.audit = audit;
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(required = false) String action, @RequestParam(required = false) String subjectType,
			@RequestParam(required = false) String subjectId, @RequestParam(required = false) String actor,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("entries", audit.entries(action, subjectType, subjectId, actor, page, PAGE_SIZE));
		model.addAttribute("action", action);
		model.addAttribute("subjectType", subjectType);
		model.addAttribute("subjectId", subjectId);
		model.addAttribute("actor", actor);
		model.addAttribute("pagePrefix", PageLinks.prefix("/admin/audit", "action", action, "subjectType", subjectType,
				"subjectId", subjectId, "actor", actor));
		model.addAttribute("exportUrl", PageLinks.prefix("/admin/audit.csv", "action", action, "subjectType",
				subjectType, "subjectId", subjectId, "actor", actor).replaceAll("[?&]page=$", ""));
		return "audit/log";
	}

	@PostMapping("/admin/audit/verify")
	String verify(RedirectAttributes redirect) {
		ChainCheck check = audit.verify();
		redirect.addFlashAttribute("check", check);
		return "redirect:/admin/audit";
	}

	@GetMapping("/admin/audit.csv")
	void export(@RequestParam(required = false) String action, @RequestParam(required = false) String subjectType,
			@RequestParam(required = false) String subjectId, @RequestParam(required = false) String actor,
			HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"rasd-audit.csv\"");
		var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		audit.export(action, subjectType, subjectId, actor, writer);
		writer.flush();
	}
}
