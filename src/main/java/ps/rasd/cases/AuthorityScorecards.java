package ps.rasd.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.cases.domain.CaseFileRepository;
import ps.rasd.cases.internal.ScorecardCounts;

/**
 * How authority units answer the cases referred to them: referrals, replies, median days to the first reply, overdue
 * referrals and confirmed fixes, for everyone (few referrals are flagged), per unit or per governorate and sector.
 */
// read from the counts kept as cases change (ScorecardCounts); a report's period is tallied from its referrals
@Service
@Transactional(readOnly = true)
public class AuthorityScorecards {

	private static final AuthorityScorecard NONE = new AuthorityScorecard(0, 0, null, 0, 0, true);

	private final CaseFileRepository cases;

	private final ScorecardCounts counts;

	private final Clock clock;

	AuthorityScorecards(CaseFileRepository cases, ScorecardCounts counts, Clock clock) {
		this.cases = cases;
		this.counts = counts;
		this.clock = clock;
	}

	/** How an authority unit answers the cases referred to it (from the counts kept as cases change). */
	public AuthorityScorecard scorecard(long authorityId) {
		return counts.of(List.of(authorityId)).getOrDefault(authorityId, NONE);
	}

	/**
	 * How each of these authority units answers the cases referred to it, in one query (a unit with no referral has
	 * an empty scorecard): for lists of units in other modules.
	 */
	public Map<Long, AuthorityScorecard> scorecards(Collection<Long> authorityIds) {
		Map<Long, AuthorityScorecard> kept = authorityIds.isEmpty() ? Map.of() : counts.of(authorityIds);
		Map<Long, AuthorityScorecard> cards = new LinkedHashMap<>();
		authorityIds.forEach(id -> cards.put(id, kept.getOrDefault(id, NONE)));
		return cards;
	}

	/**
	 * How an authority unit answered the cases referred to it within a period ({@code from} included, {@code to}
	 * excluded): replies and overdue referrals are counted as they stood at the end of the period (or now, when that
	 * is sooner), so a report on a past period does not change with later events.
	 */
	public AuthorityScorecard scorecard(long authorityId, Instant from, Instant to) {
		Instant now = clock.instant();
		AuthorityScorecard.Tally tally = new AuthorityScorecard.Tally(to.isBefore(now) ? to : now);
		for (Object[] row : cases.referralsOf(authorityId, from, to)) {
			tally.add((Instant) row[0], (Instant) row[1], (CaseStatus) row[2], (Instant) row[3]);
		}
		return tally.result();
	}

	/**
	 * How each authority unit answers the cases referred to it in a governorate or a sector (either may be
	 * {@code null}), the units with most referrals first, at most {@code limit} of them.
	 */
	public Map<Long, AuthorityScorecard> scorecardsIn(String governorateCode, String sectorCode, int limit) {
		Map<Long, AuthorityScorecard> cards = new LinkedHashMap<>();
		counts.in(governorateCode, sectorCode).entrySet().stream()
			.sorted(Comparator.comparing((Map.Entry<Long, AuthorityScorecard> e) -> -e.getValue().referred())
				.thenComparing(Map.Entry::getKey))
			.limit(limit)
			.forEach(e -> cards.put(e.getKey(), e.getValue()));
		return cards;
	}
}
