package ps.rasd.polls.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import ps.rasd.polls.PollPublication;
import ps.rasd.polls.PollResults;
import ps.rasd.polls.PollSummary;
import ps.rasd.polls.Publication;
import ps.rasd.shared.Formats;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.spi.PdfRenderer;

/**
 * A poll's published results as the public reads them: the page's results (estimates and cross-tabs, a result on too
 * small a base withheld) and the same printed as a PDF report with the methodology, for readers who want a file and
 * for the publications library. Public data only: no respondent and no enumerator.
 */
@Component
public class PollReport {

	private final PollPublication publication;

	private final MessageSource messages;

	private final ITemplateEngine templates;

	private final PdfRenderer renderer;

	private final Clock clock;

	private final String css;

	PollReport(PollPublication publication, MessageSource messages, ITemplateEngine templates, PdfRenderer renderer,
			Clock clock) {
		this.publication = publication;
		this.messages = messages;
		this.templates = templates;
		this.renderer = renderer;
		this.clock = clock;
		try (InputStream in = new ClassPathResource("pdf/poll-report.css").getInputStream()) {
			this.css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A poll's published results in a language, as the public page shows them; empty when nothing is published. */
	public Optional<Shown> shown(String code, Locale locale) {
		return publication.publishedResults(code).map(results -> shown(results, locale));
	}

	/** The published results of a poll printed as a PDF in the language asked (Arabic unless English). */
	public Optional<byte[]> pdf(String code, Locale locale) {
		Locale language = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("ar");
		return shown(code, language).map(shown -> {
			Context context = new Context(language);
			context.setVariable("css", css);
			context.setVariable("poll", shown.poll());
			context.setVariable("methodology", shown.methodology());
			context.setVariable("shown", shown.results());
			context.setVariable("today", Formats.of(language).longDate(clock.instant()));
			return renderer.render(templates.process("polls/report-pdf", context), language != Locale.ENGLISH);
		});
	}

	/** The day of a poll's report: the end of its fieldwork, else today. */
	public LocalDate day(PollSummary poll) {
		return poll.fieldworkEnd() != null ? poll.fieldworkEnd() : LocalDate.now(clock);
	}

	private Shown shown(PollResults results, Locale locale) {
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
		return new Shown(results.poll(), results.methodology().in(locale), shown);
	}

	/** A poll's published results in one language: the poll, its methodology statement and each result. */
	public record Shown(PollSummary poll, String methodology, List<PublicResult> results) {
	}

	/** A published result: an estimate or a cross-tab, or a note that its base is too small to show. */
	public record PublicResult(String title, String by, ResultViews.EstimateView estimate,
			ResultViews.CrossTabView crossTab, boolean hidden) {
	}
}
