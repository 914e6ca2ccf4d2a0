package ps.rasd.notifications.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ps.rasd.notifications.MailOutbox;
import ps.rasd.notifications.MailStatus;
import ps.rasd.notifications.internal.MailDispatcher;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.PageLinks;

/** Administrators watch the mail outbox and retry failed mails. */
@Controller
class MailAdminController {

	private static final int PAGE_SIZE = 50;

	private final MailOutbox outbox;

	private final MailDispatcher dispatcher;

	MailAdminController(MailOutbox outbox, MailDispatcher dispatcher) {
		this.outbox = outbox;
		this.dispatcher = dispatcher;
	}

	@GetMapping("/admin/mail")
	String list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		String wanted = known(status);
		model.addAttribute("entries", outbox.entries(wanted, page, PAGE_SIZE));
		model.addAttribute("counts", outbox.counts());
		model.addAttribute("statuses", MailStatus.values());
		model.addAttribute("status", wanted);
		model.addAttribute("sending", dispatcher.sending());
		model.addAttribute("pagePrefix", PageLinks.prefix("/admin/mail", "status", wanted));
		return "notifications/outbox";
	}

	@PostMapping("/admin/mail/{id}/retry")
	String retry(@PathVariable long id, @RequestParam(required = false) String status, RedirectAttributes redirect) {
		try {
			outbox.retry(id);
			redirect.addFlashAttribute("flash", "notifications.mail.retried");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
		}
		String wanted = known(status);
		return wanted == null ? "redirect:/admin/mail" : "redirect:/admin/mail?status=" + wanted;
	}

	/** A status filter from the address bar: one of the statuses, or none. */
	private static String known(String status) {
		for (MailStatus value : MailStatus.values()) {
			if (value.name().equalsIgnoreCase(status == null ? "" : status.strip())) {
				return value.name();
			}
		}
		return null;
	}
}
