package ps.rasd.advocacy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.advocacy.domain.CitationStore;
import ps.rasd.advocacy.internal.CitableRecords;
import ps.rasd.advocacy.internal.CitableRecords.Ref;
import ps.rasd.advocacy.internal.FigureText;
import ps.rasd.search.SearchHit;
import ps.rasd.search.SearchManagement;
import ps.rasd.search.SearchRequest;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.RasdPrincipal;

/**
 * A campaign's evidence base. The advocacy team finds citable records from one search box (verified cases and
 * published findings, authorities' scorecards, facilities' monitoring scores, published poll results, documented
 * violations, publications) and cites them; a citation keeps the figure as it was when cited (value and date) and is
 * shown with the figure as it is now. On a public page a citation is shown only while the record it names is public
 * (then with its public name): a case made private, a scorecard of too few referrals, a withdrawn result are withheld.
 */
@Service
@Transactional(readOnly = true)
public class EvidenceBase {

	private static final Pattern CASE_REFERENCE = Pattern.compile("(?i)\\b(RSD-\\d{4}-\\d{6})\\b");

	private static final Pattern EVENT_REFERENCE = Pattern.compile("(?i)\\b(FRD-\\d{4}-\\d{6})\\b");

	private static final int MAX_RESULTS = 30;

	private final CitationStore citations;

	private final CampaignManagement campaigns;

	private final CitableRecords records;

	private final SearchManagement search;

	private final FigureText figures;

	private final Clock clock;

	EvidenceBase(CitationStore citations, CampaignManagement campaigns, CitableRecords records,
			SearchManagement search, FigureText figures, Clock clock) {
		this.figures = figures;
		this.citations = citations;
		this.campaigns = campaigns;
		this.records = records;
		this.search = search;
		this.clock = clock;
	}

	/**
	 * The citable records matching a query, as the advocacy team reads them: a case or violation reference finds
	 * that record, a poll's code its published figures; words search the whole index (in Arabic or English) and each
	 * hit that can be cited is given with its figure now (a poll gives each of its published figures).
	 * @throws ps.rasd.shared.ForbiddenException {@code advocacy.forbidden}
	 * @throws InvalidInputException {@code search.invalid} for an empty or too long query
	 */
	public List<Citable> find(String query, RasdPrincipal actor, Locale locale) {
		AdvocacyManagement.requireAdvocate(actor);
		Map<String, Citable> found = new LinkedHashMap<>();
		String q = SearchManagement.clean(query);
		direct(q, CASE_REFERENCE, CitationKind.CASE, actor, locale, found);
		direct(q, EVENT_REFERENCE, CitationKind.VIOLATION, actor, locale, found);
		if (q.matches("[A-Za-z0-9_-]{2,60}")) {
			// a poll's code gives its published figures
			records.pollFigures(q, locale).forEach(c -> found.putIfAbsent(c.kind() + ":" + c.ref(), c));
		}
		if (found.isEmpty() || q.split(" ").length > 1) {
			// the hits first, then their records read together: a constant number of reads, not one a hit
			List<Object> hits = new ArrayList<>();
			for (SearchHit hit : search.search(SearchRequest.hitsOnly(q, MAX_RESULTS), actor, locale).hits()
				.items()) {
				String url = hit.url() == null ? "" : hit.url();
				String last = url.substring(url.lastIndexOf('/') + 1);
				Ref ref = switch (hit.type()) {
					case "case" -> new Ref(CitationKind.CASE, hit.reference());
					case "authority" -> new Ref(CitationKind.SCORECARD, last);
					case "event" -> new Ref(CitationKind.VIOLATION, last);
					case "publication" -> new Ref(CitationKind.PUBLICATION, last);
					case "facility" -> new Ref(CitationKind.MONITORING, last);
					default -> null;
				};
				if (ref != null) {
					hits.add(ref);
				}
				else if ("poll".equals(hit.type())) {
					hits.add(last);
				}
			}
			Map<Ref, Citable> read = records.readAll(hits.stream().filter(Ref.class::isInstance).map(Ref.class::cast)
				.toList(), actor, true, locale);
			for (Object hit : hits) {
				List<Citable> citable = hit instanceof Ref r ? Optional.ofNullable(read.get(r)).map(List::of)
					.orElse(List.of()) : records.pollFigures((String) hit, locale);
				citable.forEach(c -> found.putIfAbsent(c.kind() + ":" + c.ref(), c));
				if (found.size() >= MAX_RESULTS) {
					break;
				}
			}
		}
		return List.copyOf(found.values());
	}

	/**
	 * Cites a record in a campaign's evidence base, keeping its figure now; citing it again keeps the first.
	 * @throws DomainException {@code advocacy.citation.unavailable} when the record cannot be read or cited
	 */
	@Transactional
	public Citation cite(long campaignId, CitationKind kind, String ref, RasdPrincipal actor, Locale locale) {
		campaigns.forStaff(campaignId, actor);
		String r = ref == null ? "" : ref.strip();
		if (citations.find(campaignId, kind, r).isEmpty()) {
			// read as a batch of one: a record that is unknown is left out, not thrown inside this transaction
			Citable now = records.readAll(List.of(new Ref(kind, r)), actor, true, locale).values().stream().findFirst()
				.orElseThrow(() -> new DomainException("advocacy.citation.unavailable", r));
			citations.insert(campaignId, kind, r, now.label(), now.value(), now.figure().json(), now.method(),
					clock.instant(), actor.accountId() > 0 ? actor.accountId() : null);
		}
		return evidence(campaignId, actor, locale).stream().filter(c -> c.kind() == kind && c.ref().equals(r))
			.findFirst().orElseThrow();
	}

	/** Takes a citation out of the evidence base. */
	@Transactional
	public void uncite(long campaignId, long citationId, RasdPrincipal actor) {
		campaigns.forStaff(campaignId, actor);
		citations.delete(campaignId, citationId);
	}

	/**
	 * The evidence base of a campaign this person reads, numbered in the order cited. The advocacy team sees every
	 * citation with the figure now as it reads it ({@link Citation#current()} empty when gone). Anyone else sees only
	 * the citations whose record is public now, named as its public copy names it; the others are left out, numbers
	 * and all.
	 */
	public List<Citation> evidence(long campaignId, RasdPrincipal viewer, Locale locale) {
		boolean team = AdvocacyManagement.advocates(viewer);
		List<Citation> list = new ArrayList<>();
		int number = 0;
		List<CitationStore.Row> rows = citations.of(campaignId);
		List<Ref> refs = rows.stream().map(r -> new Ref(r.kind(), r.ref())).toList();
		// every citation's record read together, as the public reads it and (for the team) as the team reads it
		Map<Ref, Citable> publicNow = records.readAll(refs, null, false, locale);
		Map<Ref, Citable> teamNow = team ? records.readAll(refs, viewer, true, locale) : Map.of();
		for (CitationStore.Row row : rows) {
			number++;
			Ref ref = new Ref(row.kind(), row.ref());
			Optional<Citable> asPublic = Optional.ofNullable(publicNow.get(ref));
			Figure cited = Figure.parse(row.figure()).or(() -> figures.legacy(row.kind(), row.value())).orElse(null);
			String value = cited == null ? row.value() : figures.write(cited, locale);
			if (team) {
				Optional<Citable> now = Optional.ofNullable(teamNow.get(ref));
				list.add(new Citation(row.id(), number, row.kind(), row.ref(), row.label(), value, row.method(),
						row.citedAt(), now.orElse(null), asPublic.isPresent(), cited));
			}
			else if (asPublic.isPresent()) {
				list.add(new Citation(row.id(), list.size() + 1, row.kind(), row.ref(), asPublic.get().label(),
						value, asPublic.get().method(), row.citedAt(), asPublic.get(), true, cited));
			}
		}
		return list;
	}

	private void direct(String q, Pattern pattern, CitationKind kind, RasdPrincipal actor, Locale locale,
			Map<String, Citable> found) {
		Matcher m = pattern.matcher(q);
		while (m.find()) {
			String ref = m.group(1).toUpperCase(Locale.ROOT);
			records.read(kind, ref, actor, true, locale).ifPresent(c -> found.putIfAbsent(kind + ":" + ref, c));
		}
	}
}
