package ps.rasd.network.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ps.rasd.geography.GeographyManagement;
import ps.rasd.network.Memberships;
import ps.rasd.network.NetworkManagement;
import ps.rasd.network.OrganisationId;
import ps.rasd.network.OrganisationKind;
import ps.rasd.network.PersonId;
import ps.rasd.network.PersonSummary;
import ps.rasd.network.RelationshipKind;
import ps.rasd.network.Segments;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.access.Reader;
import ps.rasd.shared.access.Role;
import tools.jackson.databind.json.JsonMapper;

/** People of the network: the list with a name search in any spelling, the record, entry with duplicate hints. */
@Controller
class PeopleController {

	private static final int PAGE = 50;

	private final NetworkManagement network;

	private final Memberships memberships;

	private final Segments segments;

	private final GeographyManagement geography;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	PeopleController(NetworkManagement network, Memberships memberships, Segments segments,
			GeographyManagement geography) {
		this.network = network;
		this.memberships = memberships;
		this.segments = segments;
		this.geography = geography;
	}

	@GetMapping("/network")
	String people(@RequestParam(required = false) String q, @RequestParam(required = false) String governorate,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal RasdPrincipal actor, Model model) {
		if (!staff(actor)) {
			throw new ps.rasd.shared.ForbiddenException("network.forbidden");
		}
		model.addAttribute("people", network.people(q, governorate, page, PAGE, actor));
		model.addAttribute("total", network.countPeople(q, governorate, actor));
		model.addAttribute("q", q);
		model.addAttribute("governorate", governorate);
		model.addAttribute("page", page);
		model.addAttribute("pageSize", PAGE);
		model.addAttribute("governorates", geography.governorates());
		model.addAttribute("writer", writer(actor));
		return "network/people";
	}

	@GetMapping("/network/people/new")
	String newPerson(@AuthenticationPrincipal RasdPrincipal actor, Model model) {
		requireWriter(actor);
		return form(PersonForm.empty(), Map.of(), model);
	}

	private String form(PersonForm form, Map<String, String> errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("governorates", geography.governorates());
		return "network/person-form";
	}

	@PostMapping("/network/people")
	String create(@ModelAttribute PersonForm form, @AuthenticationPrincipal RasdPrincipal actor, Model model,
			RedirectAttributes redirect) {
		try {
			PersonSummary person = network.create(form.details(), actor);
			redirect.addFlashAttribute("flash", "network.person.created");
			return "redirect:/network/people/" + person.id();
		}
		catch (InvalidInputException ex) {
			return form(form, errors(ex), model);
		}
	}

	@GetMapping("/network/suggestions")
	String suggestions(@RequestParam(required = false) String nameAr, @RequestParam(required = false) String phone,
			@RequestParam(required = false) String email, @RequestParam(required = false) Long editing,
			@AuthenticationPrincipal RasdPrincipal actor, Model model) {
		model.addAttribute("suggestions", network.suggestions(nameAr, phone, email,
				editing == null ? null : new PersonId(editing), actor));
		return "network/suggestions :: list";
	}

	@GetMapping("/network/people/{id}")
	String person(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor, Model model) {
		PersonId personId = new PersonId(id);
		PersonSummary person = network.person(personId, actor);
		model.addAttribute("person", person);
		model.addAttribute("memberships", memberships.of(personId, actor));
		model.addAttribute("relationships", network.relationships(personId));
		model.addAttribute("work", network.work(personId, actor));
		boolean writer = writer(actor) && person.contactsShown();
		model.addAttribute("writer", writer);
		model.addAttribute("admin", Reader.of(actor).is(Role.ADMIN));
		if (writer) {
			model.addAttribute("duplicates", network.duplicatesOf(personId, actor));
			model.addAttribute("merges", network.mergesInto(personId, actor));
			model.addAttribute("organisations", network.organisations(null));
			model.addAttribute("groups", segments.groups(actor).stream().filter(g -> !g.segment()).toList());
		}
		model.addAttribute("relationshipKinds", RelationshipKind.values());
		return "network/person";
	}

	@GetMapping("/network/people/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor, Model model) {
		PersonSummary person = network.person(new PersonId(id), actor);
		if (!(writer(actor) && person.contactsShown())) {
			throw new ps.rasd.shared.ForbiddenException("network.forbidden");
		}
		model.addAttribute("person", person);
		return form(PersonForm.of(person.details()), Map.of(), model);
	}

	@PostMapping("/network/people/{id}")
	String update(@PathVariable long id, @RequestParam long version, @ModelAttribute PersonForm form,
			@AuthenticationPrincipal RasdPrincipal actor, Model model, RedirectAttributes redirect) {
		try {
			network.update(new PersonId(id), version, form.details(), actor);
			redirect.addFlashAttribute("flash", "network.person.saved");
			return "redirect:/network/people/" + id;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("person", network.person(new PersonId(id), actor));
			return form(form, errors(ex), model);
		}
	}

	@PostMapping("/network/people/{id}/consent")
	String consent(@PathVariable long id, @RequestParam(required = false) String textVersion,
			@RequestParam(defaultValue = "false") boolean contact, @RequestParam(defaultValue = "false") boolean publish,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		String scope = (contact ? "contact" : "") + (publish ? (contact ? ",publish" : "publish") : "");
		network.consent(new PersonId(id), textVersion, scope, publish, actor);
		redirect.addFlashAttribute("flash", "network.person.consent-recorded");
		return "redirect:/network/people/" + id;
	}

	@PostMapping("/network/people/{id}/merge")
	String merge(@PathVariable long id, @RequestParam long other, @AuthenticationPrincipal RasdPrincipal actor,
			RedirectAttributes redirect) {
		try {
			network.merge(new PersonId(id), new PersonId(other), actor);
			redirect.addFlashAttribute("flash", "network.merge.done");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
		}
		return "redirect:/network/people/" + id;
	}

	@PostMapping("/network/merges/{merge}/undo")
	String undo(@PathVariable long merge, @AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		try {
			var undone = network.undoMerge(merge, actor);
			redirect.addFlashAttribute("flash", "network.merge.undone-ok");
			return "redirect:/network/people/" + undone.kept();
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
			return "redirect:/network";
		}
	}

	@PostMapping("/network/people/{id}/relationships")
	String relate(@PathVariable long id, @RequestParam RelationshipKind kind, @RequestParam long organisation,
			@RequestParam(required = false) String title,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		network.relate(new PersonId(id), kind, new OrganisationId(organisation), title, startsOn, null, actor);
		redirect.addFlashAttribute("flash", "network.relationship.added");
		return "redirect:/network/people/" + id;
	}

	@PostMapping("/network/people/{id}/groups")
	String addToGroup(@PathVariable long id, @RequestParam long group, @AuthenticationPrincipal RasdPrincipal actor,
			RedirectAttributes redirect) {
		segments.add(group, new PersonId(id), actor);
		redirect.addFlashAttribute("flash", "network.group.added");
		return "redirect:/network/people/" + id;
	}

	@PostMapping("/network/people/{id}/account")
	String link(@PathVariable long id, @RequestParam(required = false) Long accountId,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		try {
			network.linkAccount(new PersonId(id), accountId, actor);
			redirect.addFlashAttribute("flash", "network.person.account-linked");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
		}
		return "redirect:/network/people/" + id;
	}

	@PostMapping("/network/people/{id}/erase")
	String erase(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirm,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		if (!confirm) {
			redirect.addFlashAttribute("problem", "network.person.erase-confirm");
			return "redirect:/network/people/" + id;
		}
		network.erase(new PersonId(id), actor);
		redirect.addFlashAttribute("flash", "network.person.erased");
		return "redirect:/network";
	}

	@GetMapping("/network/people/{id}/data.json")
	ResponseEntity<String> data(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor) {
		String body = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(network.dataOf(new PersonId(id), actor));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
			.header("Content-Disposition", "attachment; filename=\"person-" + id + ".json\"")
			.header("Cache-Control", "no-store").body(body);
	}

	@GetMapping("/network/me")
	String me(@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		return network.myRecord(actor).map(p -> "redirect:/network/people/" + p.id()).orElseGet(() -> {
			redirect.addFlashAttribute("problem", "network.person.no-record");
			return "redirect:/";
		});
	}

	@GetMapping("/network/organisations")
	String organisations(@AuthenticationPrincipal RasdPrincipal actor, Model model) {
		if (!writer(actor) && !Reader.of(actor).is(Role.ANALYST) && !Reader.of(actor).is(Role.DOCUMENTER)) {
			throw new ps.rasd.shared.ForbiddenException("network.forbidden");
		}
		model.addAttribute("organisations", network.organisations(null));
		model.addAttribute("kinds", OrganisationKind.values());
		model.addAttribute("governorates", geography.governorates());
		model.addAttribute("writer", writer(actor));
		return "network/organisations";
	}

	@PostMapping("/network/organisations")
	String createOrganisation(@RequestParam String nameAr, @RequestParam(required = false) String nameEn,
			@RequestParam OrganisationKind kind, @RequestParam(required = false) String governorate,
			@RequestParam(required = false) String email, @RequestParam(required = false) String phone,
			@RequestParam(required = false) String website, @AuthenticationPrincipal RasdPrincipal actor,
			RedirectAttributes redirect) {
		try {
			network.createOrganisation(nameAr, nameEn, kind, governorate, null, email, phone, website, actor);
			redirect.addFlashAttribute("flash", "network.organisation.created");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.code());
		}
		return "redirect:/network/organisations";
	}

	static boolean staff(RasdPrincipal actor) {
		Reader reader = Reader.of(actor);
		return writer(actor) || reader.is(Role.ANALYST) || reader.is(Role.DOCUMENTER);
	}

	static boolean writer(RasdPrincipal actor) {
		Reader reader = Reader.of(actor);
		return reader.is(Role.ADMIN) || reader.is(Role.COORDINATOR);
	}

	static void requireWriter(RasdPrincipal actor) {
		if (!writer(actor)) {
			throw new ps.rasd.shared.ForbiddenException("network.forbidden");
		}
	}

	static Map<String, String> errors(InvalidInputException ex) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.fields().forEach(f -> errors.put(f.field(), f.code()));
		return errors;
	}

}
