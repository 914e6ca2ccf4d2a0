package ps.rasd.network.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ps.rasd.geography.GeographyManagement;
import ps.rasd.network.MembershipBody;
import ps.rasd.network.MembershipStatus;
import ps.rasd.network.Memberships;
import ps.rasd.network.PersonId;
import ps.rasd.network.PersonSummary;
import ps.rasd.network.SegmentFilter;
import ps.rasd.network.Segments;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.RasdPrincipal;

/** Youth branches, applications waiting, and groups and segments with their export. */
@Controller
class BranchController {

	private final Memberships memberships;

	private final Segments segments;

	private final GeographyManagement geography;

	BranchController(Memberships memberships, Segments segments, GeographyManagement geography) {
		this.memberships = memberships;
		this.segments = segments;
		this.geography = geography;
	}

	@GetMapping("/network/branches")
	String branches(@AuthenticationPrincipal RasdPrincipal actor, Model model) {
		model.addAttribute("branches", geography.governorates().stream()
			.map(g -> java.util.Map.entry(g, memberships.branch(g.code(), actor))).toList());
		return "network/branches";
	}

	@GetMapping("/network/branches/{governorate}")
	String branch(@PathVariable String governorate, @AuthenticationPrincipal RasdPrincipal actor, Model model) {
		model.addAttribute("governorate", geography.requireGovernorate(governorate));
		model.addAttribute("branch", memberships.branch(governorate, actor));
		model.addAttribute("writer", PeopleController.writer(actor) && actor.manages(governorate));
		return "network/branch";
	}

	@PostMapping("/network/branches/{governorate}/coordinator")
	String coordinator(@PathVariable String governorate, @RequestParam long person,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		memberships.setBranchCoordinator(governorate, new PersonId(person), actor);
		redirect.addFlashAttribute("flash", "network.branch.coordinator-set");
		return "redirect:/network/branches/" + governorate;
	}

	@GetMapping("/network/applications")
	String applications(@AuthenticationPrincipal RasdPrincipal actor, Model model) {
		model.addAttribute("applications", memberships.applications(actor));
		model.addAttribute("governorates", geography.governorates());
		return "network/applications";
	}

	@PostMapping("/network/memberships/{id}/approve")
	String approve(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String governorate, @AuthenticationPrincipal RasdPrincipal actor,
			RedirectAttributes redirect) {
		try {
			memberships.approve(id, version, governorate, actor);
			redirect.addFlashAttribute("flash", "network.membership.approved");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
		}
		return "redirect:/network/applications";
	}

	@PostMapping("/network/memberships/{id}/close")
	String close(@PathVariable long id, @RequestParam long version, @RequestParam MembershipStatus status,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		try {
			var m = memberships.close(id, version, status, actor);
			redirect.addFlashAttribute("flash", "network.membership.closed");
			return "redirect:/network/people/" + m.person();
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
			return "redirect:/network/applications";
		}
	}

	@PostMapping("/network/people/{id}/memberships")
	String enrol(@PathVariable long id, @RequestParam MembershipBody body, @RequestParam String governorate,
			@RequestParam ps.rasd.network.MembershipKind kind, @AuthenticationPrincipal RasdPrincipal actor,
			RedirectAttributes redirect) {
		memberships.enrol(new PersonId(id), body, governorate, kind, null, actor);
		redirect.addFlashAttribute("flash", "network.membership.enrolled");
		return "redirect:/network/people/" + id;
	}

	@GetMapping("/network/groups")
	String groups(@AuthenticationPrincipal RasdPrincipal actor, Model model) {
		model.addAttribute("groups", segments.groups(actor));
		model.addAttribute("governorates", geography.governorates());
		model.addAttribute("bodies", MembershipBody.values());
		model.addAttribute("writer", PeopleController.writer(actor));
		return "network/groups";
	}

	@PostMapping("/network/groups")
	String create(@RequestParam String name, @RequestParam(defaultValue = "false") boolean segment,
			@RequestParam(required = false) String governorate, @RequestParam(required = false) MembershipBody body,
			@RequestParam(required = false) String fieldOfStudy, @RequestParam(required = false) String university,
			@RequestParam(required = false) String sex, @AuthenticationPrincipal RasdPrincipal actor,
			RedirectAttributes redirect) {
		SegmentFilter filter = segment ? new SegmentFilter(blank(governorate), body, null, blank(fieldOfStudy),
				blank(university), blank(sex)) : null;
		var group = segments.create(name, filter, actor);
		redirect.addFlashAttribute("flash", "network.group.created");
		return "redirect:/network/groups/" + group.id();
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	@GetMapping("/network/groups/{id}")
	String group(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal RasdPrincipal actor, Model model) {
		model.addAttribute("group", segments.group(id, actor));
		model.addAttribute("people", segments.members(id, page, 100, actor));
		model.addAttribute("page", page);
		return "network/group";
	}

	@GetMapping("/network/groups/{id}/export.csv")
	void exportCsv(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor, HttpServletResponse response)
			throws IOException {
		segments.group(id, actor);
		segments.exported(id, "csv", actor);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"group-" + id + ".csv\"");
		response.setHeader("Cache-Control", "no-store");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		out.write('\ufeff');
		out.write(String.join(",", HEADERS) + "\r\n");
		segments.forEachMember(id, actor, person -> {
			try {
				StringBuilder line = new StringBuilder();
				for (String value : row(person)) {
					line.append(line.isEmpty() ? "" : ",").append(cell(value));
				}
				out.write(line.append("\r\n").toString());
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		out.flush();
	}

	@GetMapping("/network/groups/{id}/export.xlsx")
	void exportXlsx(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor, HttpServletResponse response)
			throws IOException {
		segments.group(id, actor);
		segments.exported(id, "xlsx", actor);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"group-" + id + ".xlsx\"");
		response.setHeader("Cache-Control", "no-store");
		OutputStream stream = response.getOutputStream();
		Workbook workbook = new Workbook(stream, "Rasd", "1.0");
		Worksheet sheet = workbook.newWorksheet("people");
		sheet.rightToLeft();
		for (int c = 0; c < HEADERS.length; c++) {
			sheet.value(0, c, HEADERS[c]);
		}
		int[] r = { 1 };
		segments.forEachMember(id, actor, person -> {
			String[] values = row(person);
			for (int c = 0; c < values.length; c++) {
				if (values[c] != null) {
					sheet.value(r[0], c, values[c]);
				}
			}
			r[0]++;
		});
		workbook.finish();
	}

	/** A CSV cell: quoted when needed; a leading formula character neutralised (spreadsheet injection). */
	static String cell(String value) {
		if (value == null) {
			return "";
		}
		String v = value;
		if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
			v = "'" + v;
		}
		if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
			return "\"" + v.replace("\"", "\"\"") + "\"";
		}
		return v;
	}

	private static final String[] HEADERS = { "id", "name_ar", "name_en", "sex", "birth_year", "governorate", "place",
			"university", "field_of_study", "phone", "email" };

	private static String[] row(PersonSummary p) {
		var d = p.details();
		return new String[] { p.id().toString(), d.nameAr(), d.nameEn(), d.sex(),
				d.birthYear() == null ? null : d.birthYear().toString(), d.governorateCode(), d.place(), d.university(),
				d.fieldOfStudy(), d.phone(), d.email() };
	}
}
