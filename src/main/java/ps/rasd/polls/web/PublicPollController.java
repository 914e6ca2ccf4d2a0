package ps.rasd.polls.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import ps.rasd.polls.PollPublication;
import ps.rasd.polls.PollResults;
import ps.rasd.polls.Publication;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.NotFoundException;

/**
 * The public pages of opinion polls: the polls with published results, and each poll's published results as chart
 * and table with the methodology statement. Results on an effective base under 30 are hidden; no respondent's data
 * and no enumerator appear.
 */
@Controller
class PublicPollController {

	private final PollPublication publication;

	private final MessageSource messages;

	PublicPollController(PollPublication publication, MessageSource messages) {
		this.publication = publication;
		this.messages = messages;
	}

	@GetMapping("/opinion-polls")
	String list(Model model) {
		model.addAttribute("polls", publication.publishedPolls());
		return "polls/public-list";
	}

	@GetMapping("/opinion-polls/{code}")
	String poll(@PathVariable String code, Locale locale, Model model) {
		PollResults results = publication.publishedResults(code)
			.orElseThrow(() -> new NotFoundException("polls.public.not-found"));
		ResultViews views = new ResultViews(messages, locale);
		List<PublicResult> shown = new ArrayList<>();
		int n = 0;
		for (Publication p : publication.publications(results.poll().id())) {
			String id = "result-" + n++;
			try {
				if (p.byVariable() == null) {
					var e = results.estimate(p.question());
					shown.add(new PublicResult(views.title(e.variable()), null,
							e.smallBase() ? null : views.estimate(id, p.question(), e), null, e.smallBase()));
				}
				else {
					var t = results.crossTab(p.question(), p.byVariable());
					var view = views.crossTab(id, t, results.columnEffectiveBases(t), true);
					boolean allHidden = !view.hidden().contains(Boolean.FALSE);
					shown.add(new PublicResult(view.rowTitle(), view.columnTitle(), null, allHidden ? null : view,
							allHidden));
				}
			}
			catch (InvalidInputException ex) {
				// a result that no longer computes (e.g. its question has no answers left) is left out
			}
		}
		model.addAttribute("poll", results.poll());
		model.addAttribute("methodology", results.methodology().in(locale));
		model.addAttribute("shown", shown);
		return "polls/public-poll";
	}

	/** A published result: an estimate or a cross-tab, or a note that its base is too small to show. */
	public record PublicResult(String title, String by, ResultViews.EstimateView estimate, ResultViews.CrossTabView crossTab,
			boolean hidden) {
	}
}
