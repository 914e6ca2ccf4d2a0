package ps.rasd.advocacy;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.advocacy.domain.PaperStore;
import ps.rasd.advocacy.internal.PaperPdf;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;

/**
 * Position papers and policy briefs written in the app, in Arabic or English, citing the campaign's evidence base:
 * printed as PDF through the report machinery ({@link ps.rasd.shared.spi.PdfRenderer}) with the cited figures as
 * numbered footnotes, each poll figure with its methodology. The advocacy team only.
 */
@Service
@Transactional(readOnly = true)
public class PositionPapers {

	private final PaperStore papers;

	private final CampaignManagement campaigns;

	private final EvidenceBase evidence;

	private final PaperPdf pdf;

	private final Clock clock;

	PositionPapers(PaperStore papers, CampaignManagement campaigns, EvidenceBase evidence, PaperPdf pdf, Clock clock) {
		this.papers = papers;
		this.campaigns = campaigns;
		this.evidence = evidence;
		this.pdf = pdf;
		this.clock = clock;
	}

	/**
	 * Writes a new paper. @throws InvalidInputException {@code advocacy.paper.invalid} when it cites a number the
	 * evidence base does not hold
	 */
	@Transactional
	public PaperView write(long campaignId, PaperDraft draft, RasdPrincipal actor, Locale locale) {
		campaigns.forStaff(campaignId, actor);
		check(campaignId, draft, actor, locale);
		return papers.byId(papers.insert(campaignId, draft, clock.instant())).orElseThrow();
	}

	/** Saves a paper again. @throws ConflictException {@code advocacy.paper.stale} */
	@Transactional
	public PaperView save(long paperId, long version, PaperDraft draft, RasdPrincipal actor, Locale locale) {
		PaperView now = paper(paperId, actor);
		check(now.campaignId(), draft, actor, locale);
		if (!papers.update(paperId, version, draft, clock.instant())) {
			throw new ConflictException("advocacy.paper.stale", paperId);
		}
		return papers.byId(paperId).orElseThrow();
	}

	/** A paper. @throws NotFoundException {@code advocacy.paper.not-found} */
	public PaperView paper(long paperId, RasdPrincipal actor) {
		AdvocacyManagement.requireAdvocate(actor);
		PaperView paper = papers.byId(paperId)
			.orElseThrow(() -> new NotFoundException("advocacy.paper.not-found", paperId));
		campaigns.forStaff(paper.campaignId(), actor);
		return paper;
	}

	/** The papers of a campaign. */
	public List<PaperView> papers(long campaignId, RasdPrincipal actor) {
		campaigns.forStaff(campaignId, actor);
		return papers.of(campaignId);
	}

	/** The paper laid out with its footnotes. */
	public PaperLayout layout(long paperId, RasdPrincipal actor) {
		PaperView paper = paper(paperId, actor);
		return PaperLayout.of(paper.body(), numbered(paper.campaignId(), actor, language(paper)));
	}

	/** The paper printed as PDF, in its language (Arabic right to left). */
	public byte[] pdf(long paperId, RasdPrincipal actor) {
		PaperView paper = paper(paperId, actor);
		Locale language = language(paper);
		CampaignView campaign = campaigns.forStaff(paper.campaignId(), actor);
		return pdf.render(paper, campaign, PaperLayout.of(paper.body(), numbered(paper.campaignId(), actor, language)),
				language);
	}

	private void check(long campaignId, PaperDraft draft, RasdPrincipal actor, Locale locale) {
		Map<Integer, Citation> known = numbered(campaignId, actor, locale);
		List<Integer> unknown = PaperLayout.cited(draft.body()).stream().filter(n -> !known.containsKey(n)).toList();
		if (!unknown.isEmpty()) {
			throw new InvalidInputException("advocacy.paper.invalid",
					List.of(new InvalidInputException.Field("body", "advocacy.paper.unknown-citation",
							List.of(unknown.get(0)), null)));
		}
	}

	private Map<Integer, Citation> numbered(long campaignId, RasdPrincipal actor, Locale locale) {
		Map<Integer, Citation> map = new LinkedHashMap<>();
		evidence.evidence(campaignId, actor, locale).forEach(c -> map.put(c.number(), c));
		return map;
	}

	private static Locale language(PaperView paper) {
		return "en".equals(paper.language()) ? Locale.ENGLISH : Locale.forLanguageTag("ar");
	}
}
