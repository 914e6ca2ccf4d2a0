package ps.rasd.network.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ps.rasd.network.BoardPosition;
import ps.rasd.network.Governance;
import ps.rasd.network.MeetingBody;
import ps.rasd.network.MeetingSummary;
import ps.rasd.network.PersonId;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.access.AccessFacts;
import ps.rasd.shared.access.Reader;
import ps.rasd.shared.access.Role;

/**
 * Meetings of the general assembly and the board: convening, the door (attendance by name on a phone, the live
 * quorum), motions and votes, decisions, the minutes and their PDF; the board and its terms; the quorum setting.
 */
@Controller
class MeetingController {

	private final Governance governance;

	private final MinutesPdf pdf;

	MeetingController(Governance governance, MinutesPdf pdf) {
		this.governance = governance;
		this.pdf = pdf;
	}

	@GetMapping("/network/meetings")
	String meetings(@AuthenticationPrincipal RasdPrincipal actor, Model model) {
		model.addAttribute("meetings", governance.meetings(actor));
		model.addAttribute("bodies", MeetingBody.values());
		model.addAttribute("admin", Reader.of(actor).is(Role.ADMIN));
		model.addAttribute("quorumShare", governance.quorumShare());
		return "network/meetings";
	}

	@PostMapping("/network/meetings")
	String convene(@RequestParam MeetingBody body, @RequestParam String title,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime heldAt,
			@RequestParam(required = false) String place, @RequestParam(required = false) String agenda,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		List<String> items = agenda == null ? List.of() : Arrays.asList(agenda.split("\\R"));
		MeetingSummary meeting = governance.convene(body, title, heldAt.atZone(AccessFacts.ZONE).toInstant(), place,
				items, actor);
		redirect.addFlashAttribute("flash", "network.meeting.convened");
		return "redirect:/network/meetings/" + meeting.id();
	}

	@GetMapping("/network/meetings/{id}")
	String meeting(@PathVariable long id, @RequestParam(required = false) String q,
			@AuthenticationPrincipal RasdPrincipal actor, Model model) {
		model.addAttribute("meeting", governance.meeting(id, actor));
		model.addAttribute("q", q);
		model.addAttribute("attendees", governance.door(id, q, actor));
		model.addAttribute("motions", governance.motions(id, actor));
		model.addAttribute("decisions", governance.decisions(id, actor));
		model.addAttribute("present", governance.door(id, null, actor));
		model.addAttribute("door", PeopleController.writer(actor));
		return "network/meeting";
	}

	@GetMapping("/network/meetings/{id}/door")
	String door(@PathVariable long id, @RequestParam(required = false) String q,
			@AuthenticationPrincipal RasdPrincipal actor, Model model) {
		model.addAttribute("meeting", governance.meeting(id, actor));
		model.addAttribute("attendees", governance.door(id, q, actor));
		model.addAttribute("door", PeopleController.writer(actor));
		return "network/meeting :: attendees";
	}

	@GetMapping("/network/meetings/{id}/quorum")
	String quorum(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor, Model model) {
		model.addAttribute("meeting", governance.meeting(id, actor));
		return "network/meeting :: quorum";
	}

	@PostMapping("/network/meetings/{id}/attendance")
	String arrive(@PathVariable long id, @RequestParam long person, @RequestParam(required = false) String q,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@AuthenticationPrincipal RasdPrincipal actor, Model model, RedirectAttributes redirect) {
		try {
			governance.arrive(id, new PersonId(person), actor);
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
		}
		if (htmx != null) {
			return door(id, q, actor, model);
		}
		redirect.addAttribute("q", q == null ? "" : q);
		return "redirect:/network/meetings/" + id + "#door";
	}

	@PostMapping("/network/meetings/{id}/motions")
	String vote(@PathVariable long id, @RequestParam String text, @RequestParam int votesFor, @RequestParam int against,
			@RequestParam int abstain, @AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		try {
			governance.vote(id, text, votesFor, against, abstain, actor);
			redirect.addFlashAttribute("flash", "network.motion.recorded");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
		}
		return "redirect:/network/meetings/" + id;
	}

	@PostMapping("/network/meetings/{id}/decisions")
	String decide(@PathVariable long id, @RequestParam String text, @RequestParam(required = false) Long owner,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		try {
			governance.decide(id, text, owner == null ? null : new PersonId(owner), dueOn, actor);
			redirect.addFlashAttribute("flash", "network.decision.recorded");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
		}
		return "redirect:/network/meetings/" + id;
	}

	@PostMapping("/network/meetings/{id}/minutes")
	String minutes(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String minutes,
			@RequestParam(defaultValue = "false") boolean close, @AuthenticationPrincipal RasdPrincipal actor,
			RedirectAttributes redirect) {
		governance.minutes(id, version, minutes, close, actor);
		redirect.addFlashAttribute("flash", "network.meeting.minutes-saved");
		return "redirect:/network/meetings/" + id;
	}

	@GetMapping("/network/meetings/{id}/minutes.pdf")
	ResponseEntity<byte[]> minutesPdf(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor,
			Locale locale) {
		MeetingSummary meeting = governance.meeting(id, actor);
		byte[] body = pdf.render(Map.of("meeting", meeting, "motions", governance.motions(id, actor), "decisions",
				governance.decisions(id, actor), "present", governance.door(id, null, actor)), locale);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", "inline; filename=\"minutes-" + id + ".pdf\"").body(body);
	}

	@GetMapping("/network/decisions")
	String decisions(@AuthenticationPrincipal RasdPrincipal actor, Model model) {
		model.addAttribute("decisions", governance.decisions(null, actor));
		model.addAttribute("today", LocalDate.now());
		model.addAttribute("door", PeopleController.writer(actor));
		return "network/decisions";
	}

	@PostMapping("/network/decisions/{id}/done")
	String done(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		governance.done(id, actor);
		redirect.addFlashAttribute("flash", "network.decision.marked-done");
		return "redirect:/network/decisions";
	}

	@GetMapping("/network/board")
	String board(@AuthenticationPrincipal RasdPrincipal actor, Model model) {
		model.addAttribute("seats", governance.board(actor));
		model.addAttribute("positions", BoardPosition.values());
		model.addAttribute("admin", Reader.of(actor).is(Role.ADMIN));
		return "network/board";
	}

	@PostMapping("/network/board/terms")
	String term(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
			@RequestParam(required = false) Long meetingId, @AuthenticationPrincipal RasdPrincipal actor,
			RedirectAttributes redirect) {
		long term = governance.openTerm(startsOn, endsOn, meetingId, actor);
		redirect.addFlashAttribute("flash", "network.board.term-opened");
		redirect.addFlashAttribute("termId", term);
		return "redirect:/network/board";
	}

	@PostMapping("/network/board/seats")
	String seat(@RequestParam long termId, @RequestParam long person, @RequestParam BoardPosition position,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		governance.seat(termId, new PersonId(person), position, actor);
		redirect.addFlashAttribute("flash", "network.board.seated");
		return "redirect:/network/board";
	}

	@PostMapping("/network/settings/quorum")
	String quorumShare(@RequestParam java.math.BigDecimal quorumShare, @AuthenticationPrincipal RasdPrincipal actor,
			RedirectAttributes redirect) {
		try {
			governance.setQuorumShare(quorumShare, actor);
			redirect.addFlashAttribute("flash", "network.settings.saved");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", "network.quorum.range");
		}
		return "redirect:/network/meetings";
	}
}
