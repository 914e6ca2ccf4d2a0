package ps.rasd.forms.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ps.rasd.forms.FormDefinition;
import ps.rasd.forms.FormEdits;
import ps.rasd.forms.FormJson;
import ps.rasd.forms.FormSummary;
import ps.rasd.forms.FormVersionSummary;
import ps.rasd.forms.FormsManagement;
import ps.rasd.forms.Question;
import ps.rasd.forms.QuestionType;
import ps.rasd.forms.XlsForm;
import ps.rasd.forms.XlsFormImport;
import ps.rasd.shared.archive.ArchiveLimits;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.RasdPrincipal;

/** The form builder for administrators: forms, the draft's sections and questions, preview, publish, JSON. */
@Controller
@RequestMapping("/admin/forms")
class FormBuilderController {

	private final FormsManagement forms;

	private final RegistryManagement registry;

	private final long maxImportBytes;

	private final MessageSource messages;

	private final ArchiveLimits limits;

	FormBuilderController(FormsManagement forms, RegistryManagement registry,
			@Value("${rasd.forms.import-max-bytes:512KB}") DataSize maxImportBytes, MessageSource messages,
			ArchiveLimits limits) {
		this.messages = messages;
		this.limits = limits;
		this.forms = forms;
		this.registry = registry;
		this.maxImportBytes = maxImportBytes.toBytes();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("forms", forms.forms());
		model.addAttribute("sectors", registry.sectors());
		return "forms/list";
	}

	@PostMapping
	String create(@RequestParam String code, @RequestParam String titleAr, @RequestParam(required = false) String titleEn,
			@RequestParam(required = false) String sector, @AuthenticationPrincipal RasdPrincipal actor,
			RedirectAttributes redirect) {
		try {
			FormSummary form = forms.create(code, new LocalizedText(titleAr, titleEn), sector, null, actor);
			return "redirect:/admin/forms/" + form.id();
		}
		catch (DomainException | IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", ex instanceof DomainException d ? d.code() : "forms.form.title-required");
			return "redirect:/admin/forms";
		}
	}

	/** Imports a JSON definition or an XLSForm ({@code .xlsx}); what an XLSForm loses is listed on the next page. */
	@PostMapping("/import")
	String importJson(@RequestParam String code, @RequestParam(required = false) String sector,
			@RequestParam("file") MultipartFile file, @AuthenticationPrincipal RasdPrincipal actor, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) throws java.io.IOException {
		if (file.getSize() > maxImportBytes) {
			return refused(model, response, 413, "forms.json.too-large");
		}
		try {
			FormSummary form;
			String name = file.getOriginalFilename() == null ? "form.xlsx" : file.getOriginalFilename();
			if (name.toLowerCase(Locale.ROOT).endsWith(".xlsx") || name.toLowerCase(Locale.ROOT).endsWith(".xls")) {
				XlsFormImport read = readXlsForm(file, name);
				form = forms.importDefinition(code, sector, read.definition(), actor);
				redirect.addFlashAttribute("xlsformNotes", read.notes().stream()
					.map(n -> messages.getMessage(n.code(), n.messageArguments(), n.code(), locale)).toList());
			}
			else {
				form = forms.importJson(code, sector, new String(file.getBytes(), StandardCharsets.UTF_8), actor);
			}
			redirect.addFlashAttribute("flash", "forms.builder.imported");
			return "redirect:/admin/forms/" + form.id();
		}
		catch (DomainException ex) {
			return refused(model, response, 422, ex.code());
		}
	}

	private XlsFormImport readXlsForm(MultipartFile file, String name) throws java.io.IOException {
		Path temporary = Files.createTempFile("rasd-xlsform-", ".xlsx");
		try {
			file.transferTo(temporary);
			return XlsForm.read(temporary, name, limits);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** A version as an XLSForm workbook, to edit in Excel or to load into KoboToolbox or ODK. */
	@GetMapping("/{id}/versions/{versionId}.xlsx")
	ResponseEntity<byte[]> exportXlsForm(@PathVariable long id, @PathVariable long versionId) {
		FormVersionSummary version = forms.version(versionId);
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		XlsForm.write(version.definition(), version.formCode(), String.valueOf(version.number()), out);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(version.formCode() + "-v" + version.number() + ".xlsx").build().toString())
			.body(out.toByteArray());
	}

	/** The list again, with the import's problem and its status (nothing was imported). */
	private String refused(Model model, HttpServletResponse response, int status, String problem) {
		response.setStatus(status);
		model.addAttribute("problem", problem);
		return list(model);
	}

	@GetMapping("/{id}")
	String editor(@PathVariable long id, Model model) {
		FormSummary form = forms.form(id);
		model.addAttribute("form", form);
		form.draft().ifPresent(d -> model.addAttribute("problems", forms.draftProblems(id)));
		return "forms/editor";
	}

	@PostMapping("/{id}/draft")
	String startDraft(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor) {
		forms.startDraft(id, actor);
		return "redirect:/admin/forms/" + id;
	}

	@PostMapping("/{id}/sections")
	String addSection(@PathVariable long id, @RequestParam String name, @RequestParam String titleAr,
			@RequestParam(required = false) String titleEn, @RequestParam long version,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		return change(id, version, d -> FormEdits.addSection(d, name.strip(), new LocalizedText(titleAr, titleEn)),
				actor, redirect);
	}

	@GetMapping("/{id}/sections/{section}/questions/new")
	String newQuestion(@PathVariable long id, @PathVariable String section, Model model) {
		FormVersionSummary draft = draft(id);
		return question(model, id, section, null, QuestionForm.empty(draft.version()));
	}

	@GetMapping("/{id}/questions/{name}")
	String editQuestion(@PathVariable long id, @PathVariable String name, Model model) {
		FormVersionSummary draft = draft(id);
		Question q = draft.definition().question(name)
			.orElseThrow(() -> new ps.rasd.shared.NotFoundException("forms.question.not-found"));
		return question(model, id, null, name, QuestionForm.of(q, draft.version()));
	}

	@PostMapping("/{id}/questions")
	String saveQuestion(@PathVariable long id, @RequestParam(required = false) String section,
			@RequestParam(required = false) String replacing, @Valid @ModelAttribute("question") QuestionForm form,
			BindingResult errors, @AuthenticationPrincipal RasdPrincipal actor, Model model,
			RedirectAttributes redirect) {
		Question q = errors.hasErrors() ? null : form.toQuestion(errors);
		if (q != null) {
			try {
				FormDefinition changed = FormEdits.saveQuestion(draft(id).definition(), section, blank(replacing), q);
				forms.editDraft(id, form.version(), changed, actor);
				redirect.addFlashAttribute("flash", "forms.builder.saved");
				return "redirect:/admin/forms/" + id + "#q-" + q.name();
			}
			catch (DomainException ex) {
				errors.reject(ex.code(), ex.arguments(), null);
			}
		}
		return question(model, id, section, blank(replacing), form);
	}

	@PostMapping("/{id}/questions/{name}/move")
	String move(@PathVariable long id, @PathVariable String name, @RequestParam int delta, @RequestParam long version,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		return change(id, version, d -> FormEdits.move(d, name, Integer.signum(delta)), actor, redirect);
	}

	@PostMapping("/{id}/questions/{name}/delete")
	String delete(@PathVariable long id, @PathVariable String name, @RequestParam long version,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		return change(id, version, d -> FormEdits.remove(d, name), actor, redirect);
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		try {
			FormVersionSummary published = forms.publish(id, actor);
			redirect.addFlashAttribute("flash", "forms.builder.published");
			redirect.addFlashAttribute("publishedNumber", published.number());
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", "forms.builder.cannot-publish");
		}
		return "redirect:/admin/forms/" + id;
	}

	@GetMapping("/{id}/versions/{versionId}/preview")
	String preview(@PathVariable long id, @PathVariable long versionId, @RequestParam Map<String, String> params,
			Model model) {
		FormVersionSummary version = forms.version(versionId);
		Map<String, String> answers = params.entrySet().stream().filter(e -> e.getKey().startsWith("a."))
			.collect(Collectors.toMap(e -> e.getKey().substring(2), Map.Entry::getValue));
		var check = version.definition().check(answers, !answers.isEmpty());
		model.addAttribute("form", forms.form(id));
		model.addAttribute("version", version);
		model.addAttribute("answers", check.answers());
		model.addAttribute("errors", answers.isEmpty() ? Map.of() : check.errors());
		model.addAttribute("relevant", check.relevant());
		model.addAttribute("score", version.definition().score(check.answers()));
		// "preview in English" shows the form in English inside the interface the builder uses (not ?lang=, which
		// would switch the whole interface for the session)
		if ("en".equals(params.get("formLang")) || "ar".equals(params.get("formLang"))) {
			model.addAttribute("formLocale", java.util.Locale.forLanguageTag(params.get("formLang")));
		}
		return "forms/preview";
	}

	@GetMapping("/{id}/versions/{versionId}.json")
	ResponseEntity<String> export(@PathVariable long id, @PathVariable long versionId) {
		FormVersionSummary version = forms.version(versionId);
		return ResponseEntity.ok().contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(version.formCode() + "-v" + version.number() + ".json").build().toString())
			.body(FormJson.write(version.definition()));
	}

	private String change(long id, long version, java.util.function.UnaryOperator<FormDefinition> edit,
			RasdPrincipal actor, RedirectAttributes redirect) {
		try {
			forms.editDraft(id, version, edit.apply(draft(id).definition()), actor);
			redirect.addFlashAttribute("flash", "forms.builder.saved");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
		}
		return "redirect:/admin/forms/" + id;
	}

	private String question(Model model, long id, String section, String replacing, QuestionForm form) {
		FormSummary summary = forms.form(id);
		model.addAttribute("form", summary);
		model.addAttribute("question", form);
		model.addAttribute("section", section);
		model.addAttribute("replacing", replacing);
		model.addAttribute("types", QuestionType.values());
		model.addAttribute("indicators", registry.sectors().stream()
			.filter(s -> summary.sectorCode() == null || s.code().equals(summary.sectorCode()))
			.flatMap(s -> s.indicators().stream()).toList());
		return "forms/question";
	}

	private FormVersionSummary draft(long id) {
		return forms.form(id).draft().orElseThrow(() -> new ps.rasd.shared.ConflictException("forms.version.no-draft"));
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
