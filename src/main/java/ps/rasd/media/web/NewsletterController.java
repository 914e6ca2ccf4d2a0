package ps.rasd.media.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.util.UriComponentsBuilder;

import ps.rasd.media.NewsletterManagement;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.spi.CodeList;

/**
 * The public newsletter: subscribe (then confirm from the mail), leave in one click (a form, or the mail program's
 * own POST per RFC 8058), the archive and each sent issue's web version.
 */
@Controller
class NewsletterController {

	private final NewsletterManagement newsletter;

	private final ObjectProvider<CodeList> codeLists;

	NewsletterController(NewsletterManagement newsletter, ObjectProvider<CodeList> codeLists) {
		this.newsletter = newsletter;
		this.codeLists = codeLists;
	}

	@GetMapping("/newsletter")
	String page(Model model) {
		model.addAttribute("archive", newsletter.archive());
		model.addAttribute("governorates", codes(CodeList.GOVERNORATES));
		model.addAttribute("sectors", codes(CodeList.SECTORS));
		return "media/newsletter";
	}

	/** Subscribes; the governorates and sectors ticked (unknown codes are left out) narrow what list blocks show. */
	@PostMapping("/newsletter")
	String subscribe(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "ar") String language,
			@RequestParam(required = false) List<String> topics,
			@RequestParam(required = false) List<String> governorates, Model model) {
		try {
			newsletter.subscribe(email, language, known(CodeList.SECTORS, topics),
					known(CodeList.GOVERNORATES, governorates));
		}
		catch (DomainException ex) {
			model.addAttribute("error", ex.code());
			model.addAttribute("email", email);
			return page(model);
		}
		return step(model, "media.newsletter.check-mail", null, null);
	}

	@GetMapping("/newsletter/confirm/{token}")
	String confirmPage(@PathVariable String token, Model model) {
		// a mail scanner that follows links must not subscribe anyone: the click on the button does
		return step(model, "media.newsletter.confirm-ask", "/newsletter/confirm/" + token, "media.newsletter.confirm");
	}

	@PostMapping("/newsletter/confirm/{token}")
	String confirm(@PathVariable String token, Model model) {
		if (!newsletter.confirm(token)) {
			throw new NotFoundException("media.newsletter.link-unknown");
		}
		return step(model, "media.newsletter.confirmed", null, null);
	}

	@GetMapping("/newsletter/unsubscribe/{token}")
	String unsubscribePage(@PathVariable String token, @RequestParam(required = false) Long issue, Model model) {
		String action = UriComponentsBuilder.fromPath("/newsletter/unsubscribe/{t}").queryParamIfPresent("issue",
				java.util.Optional.ofNullable(issue)).buildAndExpand(token).toUriString();
		return step(model, "media.newsletter.unsubscribe-ask", action, "media.newsletter.unsubscribe");
	}

	@PostMapping("/newsletter/unsubscribe/{token}")
	@ResponseStatus(HttpStatus.OK)
	String unsubscribe(@PathVariable String token, @RequestParam(required = false) Long issue, Model model) {
		if (!newsletter.unsubscribe(token, issue)) {
			throw new NotFoundException("media.newsletter.link-unknown");
		}
		return step(model, "media.newsletter.unsubscribed", null, null);
	}

	@GetMapping("/newsletter/issues/{number}")
	String issue(@PathVariable int number, Model model) {
		model.addAttribute("issue", newsletter.sent(number)
			.orElseThrow(() -> new NotFoundException("media.issue.not-found", number)));
		return "media/issue";
	}

	private Map<String, LocalizedText> codes(String list) {
		return codeLists.orderedStream().filter(c -> c.name().equals(list)).findFirst().map(CodeList::entries)
			.orElse(Map.of());
	}

	private String known(String list, List<String> chosen) {
		if (chosen == null) {
			return null;
		}
		Map<String, LocalizedText> codes = codes(list);
		String joined = chosen.stream().filter(codes::containsKey).distinct().collect(Collectors.joining(","));
		return joined.isEmpty() ? null : joined;
	}

	private static String step(Model model, String message, String action, String button) {
		model.addAttribute("message", message);
		model.addAttribute("action", action);
		model.addAttribute("button", button);
		return "media/newsletter-step";
	}
}
