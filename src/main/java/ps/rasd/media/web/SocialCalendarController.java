package ps.rasd.media.web;

import java.io.IOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

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

import ps.rasd.media.ContentCalendar;
import ps.rasd.media.PlannedPost;
import ps.rasd.media.PostStatus;
import ps.rasd.media.PostText;
import ps.rasd.media.SocialKit;
import ps.rasd.media.SocialPostView;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.RasdPrincipal;

/** The content calendar: a month view and a list of planned posts, a post's page, and the reach import. */
@Controller
class SocialCalendarController {

	private static final ZoneId PALESTINE = ZoneId.of("Asia/Hebron");

	private static final String BASE = "/editorial/social/calendar";

	private final ContentCalendar calendar;

	private final SocialKit kit;

	private final Clock clock;

	SocialCalendarController(ContentCalendar calendar, SocialKit kit, Clock clock) {
		this.calendar = calendar;
		this.kit = kit;
		this.clock = clock;
	}

	@GetMapping(BASE)
	String month(@RequestParam(required = false) String month, @RequestParam(defaultValue = "month") String view,
			@AuthenticationPrincipal RasdPrincipal actor, Model model) {
		YearMonth shown = month(month);
		List<SocialPostView> posts = calendar.month(shown, actor);
		Map<LocalDate, List<SocialPostView>> byDay = posts.stream()
			.collect(Collectors.groupingBy(SocialPostView::plannedOn, TreeMap::new, Collectors.toList()));
		model.addAttribute("shown", shown);
		model.addAttribute("previous", shown.minusMonths(1));
		model.addAttribute("next", shown.plusMonths(1));
		model.addAttribute("list", "list".equals(view));
		model.addAttribute("posts", posts);
		model.addAttribute("weeks", weeks(shown).stream()
			.map(week -> week.stream()
				.map(day -> day == null ? null : new Day(day, byDay.getOrDefault(day, List.of())))
				.toList())
			.toList());
		model.addAttribute("weekdays", weekdays());
		model.addAttribute("platforms", PostText.PLATFORMS);
		return "media/social-calendar";
	}

	@GetMapping(BASE + "/new")
	String blank(@RequestParam(required = false) String record, @RequestParam(defaultValue = "x") String platform,
			@RequestParam(defaultValue = "ar") String language, @RequestParam(required = false) LocalDate on,
			@AuthenticationPrincipal RasdPrincipal actor, Model model) {
		String text = "";
		String link = "";
		if (record != null && record.contains(":")) {
			var found = kit.find(record.substring(0, record.indexOf(':')), record.substring(record.indexOf(':') + 1),
					actor);
			if (found.isPresent()) {
				link = found.get().url();
				text = found.get().in(language).stream().filter(p -> p.platform().equals(platform))
					.map(SocialKit.Post::text).findFirst().orElse("");
			}
		}
		LocalDate day = on != null ? on : LocalDate.now(clock.withZone(PALESTINE));
		model.addAttribute("post", new PlannedPost(day, platform, language, record, link, text));
		return form(null, model);
	}

	@PostMapping(BASE)
	String plan(@Valid @ModelAttribute("post") PlannedPost post, BindingResult errors,
			@AuthenticationPrincipal RasdPrincipal actor, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return form(null, model);
		}
		try {
			SocialPostView made = calendar.plan(post, actor);
			redirect.addFlashAttribute("flash", "media.calendar.saved");
			return "redirect:" + BASE + "/" + made.id();
		}
		catch (DomainException ex) {
			errors.reject(ex.code(), ex.arguments(), ex.code());
			return form(null, model);
		}
	}

	@GetMapping(BASE + "/{id}")
	String edit(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor, Model model) {
		SocialPostView saved = calendar.get(id, actor);
		model.addAttribute("post", new PlannedPost(saved.plannedOn(), saved.platform(), saved.language(),
				saved.record(), saved.link(), saved.text()));
		return form(saved, model);
	}

	@PostMapping(BASE + "/{id}")
	String save(@PathVariable long id, @RequestParam long version, @Valid @ModelAttribute("post") PlannedPost post,
			BindingResult errors, @AuthenticationPrincipal RasdPrincipal actor, Model model,
			RedirectAttributes redirect) {
		SocialPostView saved = calendar.get(id, actor);
		if (errors.hasErrors()) {
			return form(saved, model);
		}
		try {
			calendar.edit(id, version, post, actor);
			redirect.addFlashAttribute("flash", "media.calendar.saved");
			return "redirect:" + BASE + "/" + id;
		}
		catch (DomainException ex) {
			errors.reject(ex.code(), ex.arguments(), ex.code());
			return form(saved, model);
		}
	}

	@PostMapping(BASE + "/{id}/move")
	String move(@PathVariable long id, @RequestParam PostStatus to, @RequestParam(required = false) String url,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		try {
			calendar.move(id, to, url, actor);
			redirect.addFlashAttribute("flash", "media.calendar.moved");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
		}
		return "redirect:" + BASE + "/" + id;
	}

	@PostMapping(BASE + "/{id}/reach")
	String reach(@PathVariable long id, @RequestParam(required = false) Long views,
			@RequestParam(required = false) Long shares, @RequestParam(required = false) Long audience,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		calendar.reach(id, views, shares, audience, actor);
		redirect.addFlashAttribute("flash", "media.calendar.saved");
		return "redirect:" + BASE + "/" + id;
	}

	@PostMapping(BASE + "/reach")
	String importReach(@RequestParam String platform, @RequestParam MultipartFile file,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) throws IOException {
		try {
			redirect.addFlashAttribute("imported", calendar.importReach(platform, file.getInputStream(), actor));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
		}
		return "redirect:" + BASE + "?view=list";
	}

	private String form(SocialPostView saved, Model model) {
		model.addAttribute("saved", saved);
		model.addAttribute("platforms", PostText.PLATFORMS);
		model.addAttribute("statuses", PostStatus.values());
		return "media/social-post";
	}

	private YearMonth month(String month) {
		try {
			return month == null ? YearMonth.now(clock.withZone(PALESTINE)) : YearMonth.parse(month);
		}
		catch (DateTimeParseException ex) {
			return YearMonth.now(clock.withZone(PALESTINE));
		}
	}

	/** A day of the month view and its posts. */
	public record Day(LocalDate date, List<SocialPostView> posts) {
	}

	/** The weeks of the month, Saturday first; days outside the month are {@code null}. */
	static List<List<LocalDate>> weeks(YearMonth month) {
		List<List<LocalDate>> weeks = new ArrayList<>();
		LocalDate day = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
		while (!day.isAfter(month.atEndOfMonth())) {
			List<LocalDate> week = new ArrayList<>();
			for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
				week.add(YearMonth.from(day).equals(month) ? day : null);
			}
			weeks.add(week);
		}
		return weeks;
	}

	private static List<DayOfWeek> weekdays() {
		List<DayOfWeek> days = new ArrayList<>(Arrays.asList(DayOfWeek.values()));
		Collections.rotate(days, 2);
		return days;
	}
}
