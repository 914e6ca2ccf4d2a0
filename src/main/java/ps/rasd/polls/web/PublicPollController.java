package ps.rasd.polls.web;

import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import ps.rasd.polls.PollPublication;
import ps.rasd.shared.NotFoundException;

/**
 * The public pages of opinion polls: the polls with published results, and each poll's published results as chart
 * and table with the methodology statement. Results on an effective base under 30 are hidden; no respondent's data
 * and no enumerator appear.
 */
@Controller
class PublicPollController {

	private final PollPublication publication;

	private final PollReport report;

	PublicPollController(PollPublication publication, PollReport report) {
		this.publication = publication;
		this.report = report;
	}

	@GetMapping("/opinion-polls")
	String list(Model model) {
		model.addAttribute("polls", publication.publishedPolls());
		return "polls/public-list";
	}

	@GetMapping("/opinion-polls/{code}")
	String poll(@PathVariable String code, Locale locale, Model model) {
		PollReport.Shown shown = report.shown(code, locale)
			.orElseThrow(() -> new NotFoundException("polls.public.not-found"));
		model.addAttribute("poll", shown.poll());
		model.addAttribute("methodology", shown.methodology());
		model.addAttribute("shown", shown.results());
		return "polls/public-poll";
	}

	/** The published results printed as a PDF report (Arabic, or English on asking). */
	@GetMapping("/opinion-polls/{code}/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String code, Locale locale) {
		byte[] pdf = report.pdf(code, locale).orElseThrow(() -> new NotFoundException("polls.public.not-found"));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("rasd-poll-" + code + ".pdf").build().toString())
			.body(pdf);
	}
}
