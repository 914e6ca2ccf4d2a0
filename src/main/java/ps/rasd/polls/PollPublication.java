package ps.rasd.polls;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.polls.domain.Poll;
import ps.rasd.polls.domain.PollRepository;
import ps.rasd.polls.internal.PublicResultsCache;
import ps.rasd.polls.internal.WeightingStore;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.spi.SearchableChanged;

/**
 * The public portal of poll results: which results of a poll are published (a question alone or crossed by another
 * variable), and the published polls and their results for anyone. Publishes {@link SearchableChanged}.
 */
@Service
public class PollPublication {

	private final PollRepository polls;

	private final PollAnalysis analysis;

	private final WeightingStore store;

	private final PublicResultsCache published;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock;

	PollPublication(PollRepository polls, PollAnalysis analysis, WeightingStore store, PublicResultsCache published,
			ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
		this.polls = polls;
		this.analysis = analysis;
		this.store = store;
		this.published = published;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/** The results chosen for the public portal, in order. */
	@Transactional(readOnly = true)
	public List<Publication> publications(long pollId) {
		return store.publications(pollId);
	}

	/**
	 * Publishes a result: a question alone or crossed by another variable. The result is computed once first, so a
	 * result that cannot be computed is not published.
	 */
	@Transactional
	public void publish(long pollId, String question, String byVariable, RasdPrincipal actor) {
		PollAnalysis.require(actor);
		PollResults results = analysis.resultsOf(load(pollId).summary());
		String by = byVariable == null || byVariable.isBlank() ? null : byVariable.strip();
		if (by == null) {
			results.estimate(question);
		}
		else {
			results.crossTab(question, by);
		}
		store.publish(pollId, question, by, actor.accountId(), clock.instant());
		events.publishEvent(SearchableChanged.of(PollAnalysis.SEARCH_TYPE, results.poll().code()));
		audit.record("poll.result-published", "poll", pollId, null, question + (by == null ? "" : " by " + by));
		published.forget(results.poll().code());
	}

	/** Takes a result off the public portal. */
	@Transactional
	public void unpublish(long pollId, long publicationId, RasdPrincipal actor) {
		PollAnalysis.require(actor);
		if (!store.unpublish(pollId, publicationId)) {
			throw new NotFoundException("polls.public.not-found");
		}
		audit.record("poll.result-unpublished", "poll", pollId, null, "publication=" + publicationId);
		String code = load(pollId).getCode();
		published.forget(code);
		events.publishEvent(SearchableChanged.of(PollAnalysis.SEARCH_TYPE, code));
	}

	/** The polls with published results, the latest published first (public). */
	@Transactional(readOnly = true)
	public List<PollSummary> publishedPolls() {
		List<PollSummary> list = new ArrayList<>();
		for (Long id : store.publishedPolls()) {
			polls.findById(id).map(Poll::summary).ifPresent(list::add);
		}
		return list;
	}

	/**
	 * The results of a poll with published results (public), empty when nothing of it is published. They are kept
	 * {@code rasd.polls.public-results-cache} (a minute) for the next visitors, and forgotten at once when the poll's
	 * weights or publications change; an inclusion or exclusion shows within that time.
	 */
	@Transactional(readOnly = true)
	public Optional<PollResults> publishedResults(String code) {
		return published.get(code, () -> polls.findByCode(code).map(Poll::summary)
			.filter(p -> !store.publications(p.id()).isEmpty())
			.map(analysis::resultsOf));
	}

	/**
	 * The shares of every category of the questions published alone, with their margins of error and the
	 * methodology (public; a result whose effective base is too small is left out, as on the public page). Empty when
	 * nothing of the poll is published.
	 */
	@Transactional(readOnly = true)
	public List<PublishedShare> publishedShares(String code) {
		Optional<PollResults> found = publishedResults(code);
		if (found.isEmpty()) {
			return List.of();
		}
		PollResults results = found.get();
		List<PublishedShare> shares = new ArrayList<>();
		for (Publication p : store.publications(results.poll().id())) {
			if (p.byVariable() != null) {
				continue;
			}
			try {
				var e = results.estimate(p.question());
				if (e.smallBase()) {
					continue;
				}
				for (var c : e.categories()) {
					shares.add(new PublishedShare(results.poll().code(), results.poll().title(), p.question(),
							e.variable().label(), c.category().code(),
							c.category().label() == null ? new ps.rasd.shared.LocalizedText(c.category().code(), c.category().code())
									: c.category().label(), c.share(),
							c.marginOfError(), e.base(), results.methodology()));
				}
			}
			catch (ps.rasd.shared.InvalidInputException ex) {
				// a result that no longer computes is left out, as on the public page
			}
		}
		return shares;
	}

	private Poll load(long id) {
		return polls.findById(id).orElseThrow(() -> new NotFoundException("polls.poll.not-found"));
	}
}
