package ps.rasd.activities.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ps.rasd.activities.ActivitiesManagement;
import ps.rasd.activities.ActivitySummary;
import ps.rasd.activities.Certificates;
import ps.rasd.activities.FollowUps;
import ps.rasd.activities.RegistrationForm;
import ps.rasd.activities.RegistrationSummary;
import ps.rasd.activities.Registrations;
import ps.rasd.activities.internal.ICalendar;
import ps.rasd.activities.internal.QrPng;
import ps.rasd.geography.GeographyManagement;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.RasdProperties;

/**
 * The public side of activities: the calendar (a page and an iCalendar feed), an activity's page with counts only,
 * the registration form (no account), the personal page of a registration (status, QR code, cancel, certificate)
 * and the verification of a certificate's code.
 */
@Controller
class EventPagesController {

	private final ActivitiesManagement activities;

	private final Registrations registrations;

	private final Certificates certificates;

	private final GeographyManagement geography;

	private final RasdProperties rasd;

	private final Clock clock;

	private final FollowUps followUps;

	EventPagesController(ActivitiesManagement activities, Registrations registrations, Certificates certificates,
			GeographyManagement geography, RasdProperties rasd, Clock clock, FollowUps followUps) {
		this.followUps = followUps;
		this.activities = activities;
		this.registrations = registrations;
		this.certificates = certificates;
		this.geography = geography;
		this.rasd = rasd;
		this.clock = clock;
	}

	@GetMapping("/events")
	String calendar(@RequestParam(required = false) String governorate, @RequestParam(required = false) String kind,
			Model model) {
		model.addAttribute("activities", activities.upcoming(governorate, kind, clock.instant()));
		model.addAttribute("governorate", governorate);
		model.addAttribute("kind", kind);
		model.addAttribute("governorates", geography.governorates());
		model.addAttribute("kinds", activities.kinds());
		return "activities/calendar";
	}

	@GetMapping("/events/calendar.ics")
	ResponseEntity<byte[]> feed(@RequestParam(required = false) String governorate,
			@RequestParam(required = false) String kind, Locale locale) {
		byte[] ics = ICalendar.of(activities.upcoming(governorate, kind, clock.instant().minusSeconds(30L * 86400)),
				locale, rasd.baseUrl(), java.net.URI.create(rasd.baseUrl()).getHost(), clock.instant());
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8")).body(ics);
	}

	@GetMapping("/events/{id}")
	String event(@PathVariable long id, Model model) {
		return event(activities.publicActivity(id), RegistrationForm.empty(), Map.of(), model);
	}

	private String event(ActivitySummary activity, RegistrationForm form, Map<String, String> errors, Model model) {
		model.addAttribute("activity", activity);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("governorates", geography.governorates());
		model.addAttribute("governorateName", geography.governorate(activity.details().governorateCode())
			.map(g -> g.name()).orElse(null));
		model.addAttribute("place", activity.details().placeId() == null ? null
				: geography.place(activity.details().placeId()).orElse(null));
		model.addAttribute("kind", activities.kinds().stream().filter(k -> k.code().equals(activity.details().kind()))
			.findFirst().orElse(null));
		model.addAttribute("ageGroups", Registrations.AGE_GROUPS);
		model.addAttribute("consentVersion", registrations.consentVersion());
		model.addAttribute("photos", followUps.publicPhotos(activity.id()));
		return "activities/event";
	}

	@PostMapping("/events/{id}/register")
	String register(@PathVariable long id, @ModelAttribute RegistrationForm form,
			@RequestParam(required = false) String website, Locale locale, Model model, RedirectAttributes redirect) {
		ActivitySummary activity = activities.publicActivity(id);
		if (website != null && !website.isBlank()) {
			// the hidden field people leave empty: a robot filled it
			return "redirect:/events/" + id + "/thanks";
		}
		try {
			// the same answer whether a registration existed or not (with an e-mail or only a phone): a personal link
			// shown here would tell whoever types a name and phone that a registration exists; it goes by mail only
			registrations.register(id, form, locale);
			return "redirect:/events/" + id + "/thanks";
		}
		catch (InvalidInputException ex) {
			return event(activity, form, errors(ex), model);
		}
		catch (DomainException ex) {
			model.addAttribute("problem", ex.code());
			return event(activity, form, Map.of(), model);
		}
	}

	@GetMapping("/events/{id}/thanks")
	String thanks(@PathVariable long id, Model model) {
		model.addAttribute("activity", activities.publicActivity(id));
		return "activities/thanks";
	}

	@GetMapping("/events/registration/{token}")
	String registration(@PathVariable String token, Model model) {
		RegistrationSummary r = registrations.byToken(token);
		model.addAttribute("registration", r);
		model.addAttribute("activity", activities.publicActivity(r.activityId()));
		model.addAttribute("qr", QrPng.svg(r.code()));
		return "activities/registration";
	}

	@PostMapping("/events/registration/{token}/cancel")
	String cancel(@PathVariable String token, RedirectAttributes redirect) {
		registrations.cancel(token);
		redirect.addFlashAttribute("flash", "activities.registration.cancelled");
		return "redirect:/events/registration/" + token;
	}

	@GetMapping("/events/registration/{token}/certificate.pdf")
	ResponseEntity<byte[]> certificate(@PathVariable String token) {
		byte[] pdf = certificates.pdfOf(token);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("certificate.pdf")
				.build().toString())
			.body(pdf);
	}

	@GetMapping("/certificates")
	String verifyForm(@RequestParam(required = false) String code) {
		if (code != null && !code.isBlank()) {
			return "redirect:/certificates/" + code.strip().replaceAll("[^A-Za-z0-9]", "");
		}
		return "activities/verify-form";
	}

	@GetMapping("/certificates/{code}")
	String verify(@PathVariable String code, @RequestParam(required = false) String name, Model model) {
		model.addAttribute("check", certificates.verify(code, name));
		model.addAttribute("code", code);
		model.addAttribute("name", name);
		return "activities/verify";
	}

	static Map<String, String> errors(InvalidInputException ex) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.fields().forEach(f -> errors.put(f.field(), f.code()));
		return errors;
	}
}
