package ps.rasd.identity.web;

import java.util.List;

import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ps.rasd.identity.TwoFactorEnrolment;
import ps.rasd.identity.TwoFactorManagement;
import ps.rasd.identity.TwoFactorStatus;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.spi.SecondFactor;

/**
 * The signed-in person's two-factor sign-in: enrol (a QR code and the secret as text, confirmed by a first code),
 * see how many recovery codes are left, get new ones or turn it off with the password. The secret offered stays in
 * the session until confirmed; recovery codes are shown once.
 */
@Controller
@RequestMapping(SecondFactor.ENROLMENT_PAGE)
class TwoFactorController {

	static final String OFFER = TwoFactorController.class.getName() + ".offer";

	private final TwoFactorManagement twoFactor;

	private final MessageSource messages;

	TwoFactorController(TwoFactorManagement twoFactor, MessageSource messages) {
		this.twoFactor = twoFactor;
		this.messages = messages;
	}

	@GetMapping
	String page(@AuthenticationPrincipal RasdPrincipal me, HttpSession session, Model model) {
		return render(me, session, model);
	}

	@PostMapping
	String enrol(@RequestParam(required = false) String code, @AuthenticationPrincipal RasdPrincipal me,
			HttpSession session, Model model) {
		if (!(session.getAttribute(OFFER) instanceof TwoFactorEnrolment offer)) {
			return "redirect:" + SecondFactor.ENROLMENT_PAGE;
		}
		try {
			List<String> codes = twoFactor.enrol(me.accountId(), offer.secret(), code);
			session.removeAttribute(OFFER);
			session.removeAttribute(SecondFactor.ENROLMENT_REQUIRED);
			model.addAttribute("codes", codes);
			model.addAttribute("enrolledNow", true);
		}
		catch (DomainException ex) {
			model.addAttribute("codeError", ex.code());
		}
		return render(me, session, model);
	}

	@PostMapping("/recovery-codes")
	String renew(@RequestParam(required = false) String password, @AuthenticationPrincipal RasdPrincipal me,
			HttpSession session, Model model) {
		try {
			model.addAttribute("codes", twoFactor.renewRecoveryCodes(me.accountId(), password));
		}
		catch (DomainException ex) {
			model.addAttribute("renewError", ex.code());
		}
		return render(me, session, model);
	}

	@PostMapping("/disable")
	String disable(@RequestParam(required = false) String password, @AuthenticationPrincipal RasdPrincipal me,
			HttpSession session, Model model, RedirectAttributes redirect) {
		try {
			twoFactor.disable(me.accountId(), password);
		}
		catch (DomainException ex) {
			model.addAttribute("disableError", ex.code());
			return render(me, session, model);
		}
		if (twoFactor.requiredFor(me.roleNames())) {
			session.setAttribute(SecondFactor.ENROLMENT_REQUIRED, Boolean.TRUE);
		}
		redirect.addFlashAttribute("flash", "identity.two-factor.disabled");
		return "redirect:" + SecondFactor.ENROLMENT_PAGE;
	}

	private String render(RasdPrincipal me, HttpSession session, Model model) {
		TwoFactorStatus status = twoFactor.status(me.accountId());
		model.addAttribute("status", status);
		model.addAttribute("forced", session.getAttribute(SecondFactor.ENROLMENT_REQUIRED) != null);
		if (!status.enrolled()) {
			TwoFactorEnrolment offer = session.getAttribute(OFFER) instanceof TwoFactorEnrolment kept ? kept
					: twoFactor.offer(me.username());
			session.setAttribute(OFFER, offer);
			model.addAttribute("offer", offer);
			model.addAttribute("qr", QrSvg.of(offer.uri(), messages.getMessage("identity.two-factor.qr-label", null,
					LocaleContextHolder.getLocale())));
		}
		return "identity/two-factor";
	}
}
