package ps.rasd.polls.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ps.rasd.forms.AnswerError;
import ps.rasd.forms.FormVersionSummary;
import ps.rasd.polls.PollFieldwork;
import ps.rasd.polls.PollManagement;
import ps.rasd.polls.PollSummary;
import ps.rasd.polls.ResponseCheck;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;

/**
 * Answering a poll: a respondent through the open link ({@code /p/<link>}) or a one-time link
 * ({@code /p/i/<token>}), or an enumerator entering an interview ({@code /polls/<id>/interview}). Each page carries a
 * fresh key, so submitting twice (a double tap, a retry on a weak connection) keeps one response; a wrong answer
 * shows the questionnaire again with every answer kept and the message beside the question. No page asks who the
 * respondent is, and none is cached or indexed.
 */
@Controller
class RespondController {

	private final PollManagement polls;

	private final PollFieldwork fieldwork;

	RespondController(PollManagement polls, PollFieldwork fieldwork) {
		this.polls = polls;
		this.fieldwork = fieldwork;
	}

	@GetMapping("/p/{link}")
	String open(@PathVariable String link, Model model, HttpServletResponse response) {
		PollSummary poll = fieldwork.byOpenLink(link).orElseThrow(() -> new NotFoundException("polls.link.unknown"));
		return page(model, response, poll, "/p/" + link, Map.of(), Map.of(), null, fresh(), Instant.now());
	}

	@PostMapping("/p/{link}")
	String answerOpen(@PathVariable String link, @RequestParam(defaultValue = "") String key,
			@RequestParam(required = false) Long started, HttpServletRequest request, Model model,
			HttpServletResponse response) {
		Map<String, String> answers = answers(request);
		ResponseCheck check = fieldwork.respondOpen(link, key, answers, instant(started));
		if (check.kept()) {
			return "redirect:/p/thanks";
		}
		PollSummary poll = fieldwork.byOpenLink(link).orElseThrow(() -> new NotFoundException("polls.link.unknown"));
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return page(model, response, poll, "/p/" + link, answers, check.errors(), check.relevant(), key,
				instant(started));
	}

	@GetMapping("/p/i/{token}")
	String invited(@PathVariable String token, Model model, HttpServletResponse response) {
		PollSummary poll = fieldwork.byInvitation(token).orElseThrow(() -> new NotFoundException("polls.link.unknown"));
		return page(model, response, poll, "/p/i/" + token, Map.of(), Map.of(), null, fresh(), Instant.now());
	}

	@PostMapping("/p/i/{token}")
	String answerInvited(@PathVariable String token, @RequestParam(defaultValue = "") String key,
			@RequestParam(required = false) Long started, HttpServletRequest request, Model model,
			HttpServletResponse response) {
		Map<String, String> answers = answers(request);
		ResponseCheck check = fieldwork.respondInvited(token, key, answers, instant(started));
		if (check.kept()) {
			return "redirect:/p/thanks";
		}
		PollSummary poll = fieldwork.byInvitation(token).orElseThrow(() -> new NotFoundException("polls.link.unknown"));
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return page(model, response, poll, "/p/i/" + token, answers, check.errors(), check.relevant(), key,
				instant(started));
	}

	/** Which questions are asked with these answers: the page's script shows and hides questions by it. */
	@PostMapping(path = "/p/{link}/relevance", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> relevanceOpen(@PathVariable String link, HttpServletRequest request) {
		PollSummary poll = fieldwork.byOpenLink(link).orElseThrow(() -> new NotFoundException("polls.link.unknown"));
		return relevance(poll, request);
	}

	@PostMapping(path = "/p/i/{token}/relevance", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> relevanceInvited(@PathVariable String token, HttpServletRequest request) {
		PollSummary poll = fieldwork.byInvitation(token).orElseThrow(() -> new NotFoundException("polls.link.unknown"));
		return relevance(poll, request);
	}

	@PostMapping(path = "/polls/{id}/interview/relevance", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> relevanceInterview(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor,
			HttpServletRequest request) {
		PollSummary poll = polls.interviewing(actor).stream().filter(p -> p.id() == id).findFirst()
			.orElseThrow(() -> new NotFoundException("polls.poll.not-found"));
		return relevance(poll, request);
	}

	private Map<String, Object> relevance(PollSummary poll, HttpServletRequest request) {
		return Map.of("relevant", polls.questionnaire(poll.id()).definition().check(answers(request), false)
			.relevant());
	}

	@GetMapping("/p/thanks")
	String thanks(HttpServletResponse response) {
		noIndex(response);
		return "polls/thanks";
	}

	@GetMapping("/polls/{id}/interview")
	String interview(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor, Model model,
			HttpServletResponse response) {
		PollSummary poll = polls.interviewing(actor).stream().filter(p -> p.id() == id).findFirst()
			.orElseThrow(() -> new NotFoundException("polls.poll.not-found"));
		model.addAttribute("enumerator", true);
		return page(model, response, poll, "/polls/" + id + "/interview", Map.of(), Map.of(), null, fresh(),
				Instant.now());
	}

	@PostMapping("/polls/{id}/interview")
	String answerInterview(@PathVariable long id, @RequestParam(defaultValue = "") String key,
			@RequestParam(required = false) Long started, @AuthenticationPrincipal RasdPrincipal actor,
			HttpServletRequest request, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Map<String, String> answers = answers(request);
		ResponseCheck check = fieldwork.interview(id, key, answers, instant(started), actor);
		if (check.kept()) {
			redirect.addFlashAttribute("flash", "polls.interview.saved");
			return "redirect:/polls/" + id + "/interview";
		}
		model.addAttribute("enumerator", true);
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return page(model, response, polls.poll(id), "/polls/" + id + "/interview", answers, check.errors(),
				check.relevant(), key, instant(started));
	}

	private String page(Model model, HttpServletResponse response, PollSummary poll, String action,
			Map<String, String> answers, Map<String, AnswerError> errors, Set<String> relevant, String key,
			Instant started) {
		noIndex(response);
		FormVersionSummary version = polls.questionnaire(poll.id());
		model.addAttribute("poll", poll);
		model.addAttribute("version", version);
		model.addAttribute("answers", answers);
		model.addAttribute("errors", errors);
		model.addAttribute("relevant",
				relevant != null ? relevant : version.definition().check(answers, false).relevant());
		model.addAttribute("action", action);
		model.addAttribute("key", key.isBlank() ? fresh() : key);
		model.addAttribute("started", (started == null ? Instant.now() : started).toEpochMilli());
		return "polls/respond";
	}

	private static void noIndex(HttpServletResponse response) {
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
		response.setHeader("Cache-Control", "no-store");
	}

	private static String fresh() {
		return UUID.randomUUID().toString();
	}

	private static Instant instant(Long epochMillis) {
		return epochMillis == null ? null : Instant.ofEpochMilli(epochMillis);
	}

	/** The answers of the form's fields ({@code a.<question>}); several values of one question joined by spaces. */
	static Map<String, String> answers(HttpServletRequest request) {
		Map<String, String> answers = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (name.startsWith("a.") && values != null) {
				answers.put(name.substring(2), String.join(" ", List.of(values)).strip());
			}
		});
		return answers;
	}
}
