package ps.rasd.freedoms.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ps.rasd.freedoms.ActInput;
import ps.rasd.freedoms.AgeGroup;
import ps.rasd.freedoms.EventAction;
import ps.rasd.freedoms.EventFilter;
import ps.rasd.freedoms.EventStatus;
import ps.rasd.freedoms.EventView;
import ps.rasd.freedoms.FreedomsManagement;
import ps.rasd.freedoms.InterventionInput;
import ps.rasd.freedoms.InterventionKind;
import ps.rasd.freedoms.Reliability;
import ps.rasd.freedoms.SealedIdentity;
import ps.rasd.freedoms.Sex;
import ps.rasd.freedoms.SourceInput;
import ps.rasd.freedoms.VictimInput;
import ps.rasd.freedoms.VictimKind;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.RasdPrincipal;

/** The documenters' pages: the list, a new event, an event with its acts, victims, sources and interventions. */
@Controller
class EventController {

	private final FreedomsManagement freedoms;

	private final Choices choices;

	EventController(FreedomsManagement freedoms, Choices choices) {
		this.freedoms = freedoms;
		this.choices = choices;
	}

	@GetMapping("/freedoms")
	String list(@RequestParam(required = false) String governorate, @RequestParam(required = false) EventStatus status,
			@RequestParam(required = false) String type,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal RasdPrincipal actor, Model model) {
		EventFilter filter = new EventFilter(EventForm.blank(governorate), status, EventForm.blank(type), from, to);
		model.addAttribute("events", freedoms.list(filter, page, 50, actor));
		model.addAttribute("filter", filter);
		model.addAttribute("pagePrefix", org.springframework.web.util.UriComponentsBuilder.fromPath("/freedoms")
			.queryParamIfPresent("governorate", java.util.Optional.ofNullable(filter.governorateCode()))
			.queryParamIfPresent("status", java.util.Optional.ofNullable(status))
			.queryParamIfPresent("type", java.util.Optional.ofNullable(filter.eventType()))
			.queryParamIfPresent("from", java.util.Optional.ofNullable(from))
			.queryParamIfPresent("to", java.util.Optional.ofNullable(to))
			.queryParam("page", "").encode().toUriString());
		choices.add(model);
		return "freedoms/events";
	}

	@GetMapping("/freedoms/new")
	String newEvent(@AuthenticationPrincipal RasdPrincipal actor, Model model) {
		if (!freedoms.documents(actor)) {
			throw new ForbiddenException("freedoms.forbidden");
		}
		model.addAttribute("form", new EventForm());
		choices.add(model);
		return "freedoms/event-form";
	}

	@PostMapping("/freedoms/new")
	String record(@ModelAttribute("form") EventForm form, BindingResult errors,
			@AuthenticationPrincipal RasdPrincipal actor, Model model, HttpServletResponse response) {
		if (!errors.hasErrors()) {
			try {
				return "redirect:/freedoms/" + freedoms.record(form.details(), actor).reference();
			}
			catch (InvalidInputException ex) {
				Choices.reject(ex, errors);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		model.addAttribute("problem", "freedoms.event.invalid");
		choices.add(model);
		return "freedoms/event-form";
	}

	@GetMapping("/freedoms/{reference:FRD-[0-9]+-[0-9]+}")
	String event(@PathVariable String reference, @AuthenticationPrincipal RasdPrincipal actor, Model model) {
		EventView event = freedoms.event(reference, actor);
		model.addAttribute("event", event);
		model.addAttribute("files", freedoms.files(reference, actor));
		model.addAttribute("today", LocalDate.now());
		choices.add(model);
		return "freedoms/event";
	}

	@GetMapping("/freedoms/{reference}/edit")
	String edit(@PathVariable String reference, @AuthenticationPrincipal RasdPrincipal actor, Model model) {
		EventView event = freedoms.event(reference, actor);
		model.addAttribute("form", EventForm.of(event.details(), event.summary().version()));
		model.addAttribute("reference", reference);
		choices.add(model);
		return "freedoms/event-form";
	}

	@PostMapping("/freedoms/{reference}/edit")
	String save(@PathVariable String reference, @ModelAttribute("form") EventForm form, BindingResult errors,
			@AuthenticationPrincipal RasdPrincipal actor, Model model, HttpServletResponse response) {
		if (!errors.hasErrors()) {
			try {
				freedoms.edit(reference, form.getVersion(), form.details(), actor);
				return "redirect:/freedoms/" + reference;
			}
			catch (InvalidInputException ex) {
				Choices.reject(ex, errors);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		model.addAttribute("problem", "freedoms.event.invalid");
		model.addAttribute("reference", reference);
		choices.add(model);
		return "freedoms/event-form";
	}

	@PostMapping("/freedoms/{reference}/status")
	String act(@PathVariable String reference, @RequestParam EventAction action, @RequestParam long version,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		return attempt(reference, redirect, () -> freedoms.act(reference, version, action, actor));
	}

	@PostMapping("/freedoms/{reference}/acts")
	String addAct(@PathVariable String reference, @RequestParam String actType,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate actDate,
			@RequestParam(required = false) Set<Long> victims, @RequestParam(required = false) Set<String> perpetrators,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		return attempt(reference, redirect,
				() -> freedoms.addAct(reference, new ActInput(actType, actDate, victims, perpetrators), actor));
	}

	@PostMapping("/freedoms/{reference}/victims")
	String addVictim(@PathVariable String reference, @RequestParam VictimKind kind,
			@RequestParam(required = false) String description, @RequestParam Sex sex, @RequestParam AgeGroup ageGroup,
			@RequestParam(required = false) String profession, @RequestParam(required = false) String governorate,
			@RequestParam(required = false) String name, @RequestParam(required = false) String idNumber,
			@RequestParam(required = false) String phone, @RequestParam(required = false) String address,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		VictimInput victim = new VictimInput(kind, description, sex, ageGroup, EventForm.blank(profession),
				EventForm.blank(governorate), new SealedIdentity(name, idNumber, phone, address));
		return attempt(reference, redirect, () -> freedoms.addVictim(reference, victim, actor));
	}

	@PostMapping("/freedoms/{reference}/sources")
	String addSource(@PathVariable String reference, @RequestParam String sourceType,
			@RequestParam Reliability reliability,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
			@RequestParam(defaultValue = "false") boolean mayPublish, @RequestParam(defaultValue = "false") boolean mayName,
			@RequestParam(defaultValue = "false") boolean mayContact, @RequestParam(required = false) String name,
			@RequestParam(required = false) String phone, @RequestParam(required = false) MultipartFile file,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) throws IOException {
		SourceInput source = new SourceInput(sourceType, reliability, receivedOn, mayPublish, mayName, mayContact,
				new SealedIdentity(name, null, phone, null));
		String next = attempt(reference, redirect, () -> freedoms.addSource(reference, source, actor));
		if (file != null && !file.isEmpty()) {
			attempt(reference, redirect, () -> freedoms.attach(reference, file.getInputStream(), actor));
		}
		return next;
	}

	@PostMapping("/freedoms/{reference}/interventions")
	String addIntervention(@PathVariable String reference, @RequestParam InterventionKind kind,
			@RequestParam(required = false) String addressedTo,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate madeOn,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		return attempt(reference, redirect, () -> freedoms.addIntervention(reference,
				new InterventionInput(kind, EventForm.blank(addressedTo), madeOn, null, null), actor));
	}

	@PostMapping("/freedoms/{reference}/interventions/{id}/response")
	String respond(@PathVariable String reference, @PathVariable long id, @RequestParam String response,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate responseOn,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		return attempt(reference, redirect, () -> freedoms.recordResponse(reference, id, response, responseOn, actor));
	}

	@PostMapping("/freedoms/{reference}/evidence")
	String attach(@PathVariable String reference, @RequestParam MultipartFile file,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		return attempt(reference, redirect, () -> freedoms.attach(reference, file.getInputStream(), actor));
	}

	@PostMapping("/freedoms/{reference}/lock")
	String lock(@PathVariable String reference, @RequestParam boolean locked,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		return attempt(reference, redirect, () -> locked ? freedoms.lockPublication(reference, actor)
				: freedoms.unlockPublication(reference, actor));
	}

	@GetMapping("/freedoms/{reference}/identities")
	String identities(@PathVariable String reference, @AuthenticationPrincipal RasdPrincipal actor, Model model) {
		model.addAttribute("event", freedoms.event(reference, actor));
		model.addAttribute("identities", freedoms.identities(reference, actor));
		choices.add(model);
		return "freedoms/identities";
	}

	@FunctionalInterface
	interface Step {

		Object run() throws IOException;
	}

	private static String attempt(String reference, RedirectAttributes redirect, Step step) {
		try {
			step.run();
			redirect.addFlashAttribute("flash", "freedoms.event.saved");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.fields().isEmpty() ? ex.code() : ex.fields().get(0).code());
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
		}
		catch (IOException ex) {
			redirect.addFlashAttribute("problem", "freedoms.evidence.unreadable");
		}
		return "redirect:/freedoms/" + reference;
	}

	static List<String> none() {
		return List.of();
	}
}
