package ps.rasd.polls.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ps.rasd.forms.Question;
import ps.rasd.forms.QuestionType;
import ps.rasd.polls.FieldworkMode;
import ps.rasd.polls.PollFieldwork;
import ps.rasd.polls.PollManagement;
import ps.rasd.polls.PollStatus;
import ps.rasd.polls.PollSummary;
import ps.rasd.polls.imports.ImportAnswers;
import ps.rasd.polls.imports.ImportFileException;
import ps.rasd.polls.imports.ImportRows;
import ps.rasd.polls.imports.ImportTable;
import ps.rasd.polls.imports.ImportTables;
import ps.rasd.polls.imports.ImportUploads;
import ps.rasd.polls.imports.Messages;
import ps.rasd.polls.imports.Problem;
import ps.rasd.polls.imports.ReportLine;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.FileNames;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.archive.ArchiveLimits;

/**
 * Import of responses collected elsewhere, in three steps: upload a CSV or XLSX file, map the poll's questions to its
 * columns, import every row or none. The file waits between the steps in {@link ImportUploads}.
 */
@Controller
@RequestMapping("/polls/{id}/import")
class PollImportController {

	private static final String VIEW = "polls/import";

	private static final int REPORT_LIMIT = 500;

	private final PollManagement polls;

	private final PollFieldwork fieldwork;

	private final ImportUploads uploads;

	private final MessageSource messages;

	private final long maxBytes;

	private final int maxRows;

	private final ArchiveLimits archiveLimits;

	PollImportController(PollManagement polls, PollFieldwork fieldwork, ImportUploads uploads, MessageSource messages,
			ArchiveLimits archiveLimits,
			@Value("${rasd.polls.import-max-bytes:20MB}") DataSize maxBytes,
			@Value("${rasd.polls.import-max-rows:100000}") int maxRows) {
		this.polls = polls;
		this.fieldwork = fieldwork;
		this.uploads = uploads;
		this.messages = messages;
		this.maxBytes = maxBytes.toBytes();
		this.maxRows = maxRows;
		this.archiveLimits = archiveLimits;
	}

	@GetMapping
	String upload(@PathVariable long id, Model model, HttpServletResponse response, Locale locale) {
		return uploadPage(id, model, response, locale, List.of());
	}

	@PostMapping
	String receive(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal RasdPrincipal actor, Model model, HttpServletResponse response, Locale locale)
			throws IOException {
		if (file == null || file.isEmpty()) {
			return uploadPage(id, model, response, locale, List.of(new Problem("polls.import.file.missing")));
		}
		String name = fileName(file);
		if (file.getSize() > maxBytes) {
			return uploadPage(id, model, response, locale,
					List.of(new Problem("polls.import.file.too-large", name, maxBytes / (1024 * 1024))), 413);
		}
		if (!takesImports(polls.poll(id))) {
			return uploadPage(id, model, response, locale, List.of());
		}
		ImportUploads.Upload upload;
		try (InputStream in = file.getInputStream()) {
			upload = uploads.save(id, actor.accountId(), name, in);
		}
		try {
			if (uploads.read(upload, kept -> ImportTables.read(kept, name, maxRows, archiveLimits))
				.rows()
				.isEmpty()) {
				throw new ImportFileException("polls.import.file.no-rows", name);
			}
		}
		catch (ImportFileException ex) {
			uploads.delete(upload.token());
			return uploadPage(id, model, response, locale, List.of(new Problem(ex.code(), ex.arguments())),
					ex.status());
		}
		return "redirect:/polls/" + id + "/import/" + upload.token();
	}

	@GetMapping("/{token}")
	String mapping(@PathVariable long id, @PathVariable String token, @AuthenticationPrincipal RasdPrincipal actor,
			Model model, HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
		Optional<ImportUploads.Upload> upload = uploads.find(token, id, actor.accountId());
		if (upload.isEmpty()) {
			return gone(id, redirect);
		}
		ImportTable table;
		try {
			table = uploads.read(upload.get(),
					kept -> ImportTables.read(kept, upload.get().fileName(), maxRows, archiveLimits));
		}
		catch (ImportFileException ex) {
			return uploadPage(id, model, response, locale, List.of(new Problem(ex.code(), ex.arguments())));
		}
		List<Question> questions = questions(id);
		Map<String, String> mapping = ImportAnswers.guess(questions, table.headers());
		String duration = ImportAnswers.guessDuration(table.headers()).orElse("");
		return mappingPage(id, upload.get(), table, questions, mapping, duration, model, locale);
	}

	@PostMapping("/{token}")
	String importRows(@PathVariable long id, @PathVariable String token,
			@RequestParam MultiValueMap<String, String> params, @AuthenticationPrincipal RasdPrincipal actor,
			Model model, HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
		Optional<ImportUploads.Upload> found = uploads.find(token, id, actor.accountId());
		if (found.isEmpty()) {
			return gone(id, redirect);
		}
		ImportUploads.Upload upload = found.get();
		ImportTable table;
		try {
			table = uploads.read(upload,
					kept -> ImportTables.read(kept, upload.fileName(), maxRows, archiveLimits));
		}
		catch (ImportFileException ex) {
			return uploadPage(id, model, response, locale, List.of(new Problem(ex.code(), ex.arguments())));
		}
		List<Question> questions = questions(id);
		Map<String, String> mapping = new LinkedHashMap<>();
		for (Question q : questions) {
			String column = params.getFirst("col." + q.name());
			if (column != null && !column.isBlank()) {
				mapping.put(q.name(), column);
			}
		}
		String duration = Optional.ofNullable(params.getFirst("duration")).orElse("");
		ImportRows rows = new ImportRows(table, questions, mapping, duration);
		List<Problem> problems = rows.mappingProblems(locale);
		if (problems.isEmpty()) {
			problems = rows.durationProblems();
		}
		if (!problems.isEmpty()) {
			response.setStatus(422);
			model.addAttribute("problems", resolve(problems, locale));
			return mappingPage(id, upload, table, questions, mapping, duration, model, locale);
		}
		try {
			int kept = fieldwork.importResponses(id, rows.answers(), rows.durations(), upload.fileName(), actor);
			uploads.delete(token);
			redirect.addFlashAttribute("flash", "polls.import.done");
			redirect.addFlashAttribute("imported", kept);
			return "redirect:/polls/" + id;
		}
		catch (InvalidInputException ex) {
			response.setStatus(422);
			List<ReportLine> report = rows.report(ex.fields(), locale, this::message);
			model.addAttribute("report", report.size() > REPORT_LIMIT ? report.subList(0, REPORT_LIMIT) : report);
			model.addAttribute("reportTotal", report.size());
			model.addAttribute("problems", resolve(List.of(new Problem(ex.code(), (long) report.size())), locale));
		}
		catch (ConflictException ex) {
			response.setStatus(409);
			model.addAttribute("problems", resolve(List.of(new Problem(ex.code(), ex.arguments())), locale));
		}
		return mappingPage(id, upload, table, questions, mapping, duration, model, locale);
	}

	private String uploadPage(long id, Model model, HttpServletResponse response, Locale locale,
			List<Problem> problems) {
		return uploadPage(id, model, response, locale, problems, 422);
	}

	private String uploadPage(long id, Model model, HttpServletResponse response, Locale locale,
			List<Problem> problems, int status) {
		PollSummary poll = polls.poll(id);
		model.addAttribute("poll", poll);
		model.addAttribute("open", takesImports(poll));
		model.addAttribute("maxMegabytes", maxBytes / (1024 * 1024));
		model.addAttribute("maxRows", maxRows);
		if (!problems.isEmpty()) {
			response.setStatus(status);
			model.addAttribute("problems", resolve(problems, locale));
		}
		else if (!takesImports(poll)) {
			response.setStatus(poll.status() == PollStatus.DRAFT || !poll.modes().contains(FieldworkMode.IMPORT)
					? 409 : 200);
		}
		return VIEW;
	}

	private String mappingPage(long id, ImportUploads.Upload upload, ImportTable table, List<Question> questions,
			Map<String, String> mapping, String duration, Model model, Locale locale) {
		model.addAttribute("poll", polls.poll(id));
		model.addAttribute("open", true);
		model.addAttribute("token", upload.token());
		model.addAttribute("fileName", upload.fileName());
		model.addAttribute("rowCount", (long) table.rows().size());
		model.addAttribute("headers", table.headers());
		model.addAttribute("preview", table.rows().stream().limit(3).toList());
		model.addAttribute("questions", questions.stream()
			.map(q -> new MappedQuestion(q.name(), q.label().in(locale), q.required() && q.relevant() == null,
					mapping.getOrDefault(q.name(), "")))
			.toList());
		model.addAttribute("duration", duration);
		return VIEW;
	}

	private String gone(long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", "polls.import.upload-gone");
		return "redirect:/polls/" + id + "/import";
	}

	private List<Question> questions(long id) {
		return polls.questionnaire(id).definition().questions().filter(q -> q.type() != QuestionType.FILE).toList();
	}

	private static boolean takesImports(PollSummary poll) {
		return poll.modes().contains(FieldworkMode.IMPORT) && poll.status() != PollStatus.DRAFT;
	}

	private static String fileName(MultipartFile file) {
		return FileNames.clean(file.getOriginalFilename());
	}

	private List<String> resolve(List<Problem> problems, Locale locale) {
		return problems.stream().map(p -> message(p.code(), p.arguments(), locale)).toList();
	}

	private String message(String code, Object[] arguments, Locale locale) {
		return messages.getMessage(code, arguments, code, locale);
	}


	/** A question of the questionnaire and the column of the file that answers it ({@code ""} for none). */
	record MappedQuestion(String name, String label, boolean required, String column) {
	}
}
