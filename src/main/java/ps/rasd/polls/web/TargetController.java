package ps.rasd.polls.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ps.rasd.polls.PollTargets;
import ps.rasd.polls.TargetTable;
import ps.rasd.polls.analysis.PopulationTargetTable;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.Digits;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.RasdPrincipal;

/** The population targets: the list of tables, a table's editor and a new table (analysts and administrators). */
@Controller
class TargetController {

	private static final Pattern ROW_FIELD = Pattern.compile("rows\\[(\\d+)](.*)");

	private final PollTargets targets;

	private final MessageSource messages;

	TargetController(PollTargets targets, MessageSource messages) {
		this.targets = targets;
		this.messages = messages;
	}

	@GetMapping("/polls/targets")
	String list(@AuthenticationPrincipal RasdPrincipal actor, Model model) {
		model.addAttribute("tables", targets.tables(actor));
		return "polls/targets";
	}

	@GetMapping("/polls/targets/new")
	String create(@AuthenticationPrincipal RasdPrincipal actor, Model model) {
		targets.tables(actor);
		model.addAttribute("form", TargetTableForm.empty());
		return "polls/target";
	}

	@GetMapping("/polls/targets/{id}")
	String edit(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor, Model model) {
		targets.tables(actor);
		TargetTable table = targets.table(id);
		model.addAttribute("form", TargetTableForm.of(table));
		model.addAttribute("stored", table);
		return "polls/target";
	}

	@PostMapping("/polls/targets")
	String save(@ModelAttribute("form") TargetTableForm form, @AuthenticationPrincipal RasdPrincipal actor,
			Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			TargetTable saved = targets.save(form.getId(), form.getVersion(), table(form), actor);
			redirect.addFlashAttribute("flash", "polls.targets.saved");
			return "redirect:/polls/targets/" + saved.id();
		}
		catch (DomainException ex) {
			Problems.show(ex, messages, locale, model);
			response.setStatus(ex instanceof InvalidInputException ? 422 : HttpServletResponse.SC_CONFLICT);
		}
		form.spare();
		if (form.getId() != null) {
			model.addAttribute("stored", targets.table(form.getId()));
		}
		return "polls/target";
	}

	@PostMapping("/polls/targets/{id}/delete")
	String delete(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		targets.delete(id, actor);
		redirect.addFlashAttribute("flash", "polls.targets.deleted");
		return "redirect:/polls/targets";
	}

	/**
	 * The table the form describes, checked; a failure names the field as the form numbers it (blank rows skipped
	 * by the check keep their place in the form).
	 */
	static PopulationTargetTable table(TargetTableForm form) {
		String variable = trim(form.getVariable());
		List<InvalidInputException.Field> problems = new ArrayList<>();
		if (trim(form.getNameAr()).isEmpty()) {
			problems.add(field("nameAr", "polls.targets.no-name", variable));
		}
		Integer year = null;
		if (!trim(form.getYear()).isEmpty()) {
			try {
				year = Integer.valueOf(Digits.toLatin(trim(form.getYear())));
			}
			catch (NumberFormatException ex) {
				problems.add(field("year", "polls.targets.bad-year", variable, trim(form.getYear())));
			}
		}
		PopulationTargetTable.Kind kind = "PERCENT".equals(form.getKind()) ? PopulationTargetTable.Kind.PERCENT
				: PopulationTargetTable.Kind.COUNTS;
		List<PopulationTargetTable.Row> rows = new ArrayList<>();
		List<Integer> positions = new ArrayList<>();
		for (int i = 0; i < form.getRows().size(); i++) {
			TargetTableForm.RowForm r = form.getRows().get(i);
			if (r == null || r.blank()) {
				continue;
			}
			String category = trim(r.getCategory());
			if (trim(r.getNameAr()).isEmpty()) {
				problems.add(field("rows[" + i + "].nameAr", "polls.targets.row-no-name", variable, category, i + 1));
			}
			double value = Double.NaN;
			try {
				value = new BigDecimal(Digits.toLatin(trim(r.getValue())).replace('٫', '.').replace(",", ""))
					.doubleValue();
			}
			catch (NumberFormatException ex) {
				problems.add(field("rows[" + i + "].value", "polls.targets.row-not-a-number", variable, category,
						i + 1, trim(r.getValue())));
			}
			rows.add(new PopulationTargetTable.Row(category, trim(r.getNameAr()).isEmpty() ? null
					: new LocalizedText(r.getNameAr(), r.getNameEn()), value));
			positions.add(i);
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("polls.targets.invalid", problems);
		}
		try {
			return new PopulationTargetTable(variable, new LocalizedText(form.getNameAr(), form.getNameEn()),
					form.getSource(), year, rows, kind);
		}
		catch (InvalidInputException ex) {
			List<InvalidInputException.Field> renumbered = new ArrayList<>();
			for (InvalidInputException.Field f : ex.fields()) {
				Matcher m = ROW_FIELD.matcher(f.field());
				String name = f.field();
				if (m.matches()) {
					name = "rows[" + positions.get(Integer.parseInt(m.group(1))) + "]" + m.group(2);
				}
				renumbered.add(new InvalidInputException.Field(name, f.code(), f.arguments(), f.message()));
			}
			throw new InvalidInputException(ex.code(), renumbered, ex.arguments());
		}
	}

	private static InvalidInputException.Field field(String name, String code, Object... arguments) {
		return new InvalidInputException.Field(name, code, List.of(arguments), null);
	}

	private static String trim(String s) {
		return s == null ? "" : s.strip();
	}
}
