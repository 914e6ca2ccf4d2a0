package ps.rasd.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.cases.domain.CaseFileRepository;

/**
 * How authority units answer the cases referred to them: referrals, replies, median days to the first reply, overdue
 * referrals and confirmed fixes, for everyone (few referrals are flagged), per unit or per governorate and sector.
 */
@Service
@Transactional(readOnly = true)
public class AuthorityScorecards {

	private final CaseFileRepository cases;

	private final Clock clock;

	AuthorityScorecards(CaseFileRepository cases, Clock clock) {
		this.cases = cases;
		this.clock = clock;
	}

	/** How an authority unit answers the cases referred to it. */
	public AuthorityScorecard scorecard(long authorityId) {
		return scorecard(cases.referralsOf(authorityId), 0, clock.instant());
	}

	/**
	 * How each of these authority units answers the cases referred to it, in one query (a unit with no referral has
	 * an empty scorecard): for lists of units in other modules.
	 */
	public Map<Long, AuthorityScorecard> scorecards(Collection<Long> authorityIds) {
		Map<Long, List<Object[]>> byUnit = new HashMap<>();
		authorityIds.forEach(id -> byUnit.put(id, new ArrayList<>()));
		if (!authorityIds.isEmpty()) {
			for (Object[] row : cases.referralsOfUnits(authorityIds)) {
				byUnit.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(row);
			}
		}
		Instant now = clock.instant();
		Map<Long, AuthorityScorecard> cards = new LinkedHashMap<>();
		byUnit.forEach((id, rows) -> cards.put(id, scorecard(rows, 1, now)));
		return cards;
	}

	/**
	 * How an authority unit answered the cases referred to it within a period ({@code from} included, {@code to}
	 * excluded): replies and overdue referrals are counted as they stood at the end of the period (or now, when that
	 * is sooner), so a report on a past period does not change with later events.
	 */
	public AuthorityScorecard scorecard(long authorityId, Instant from, Instant to) {
		Instant now = clock.instant();
		return scorecard(cases.referralsOf(authorityId, from, to), 0, to.isBefore(now) ? to : now);
	}

	/**
	 * How each authority unit answers the cases referred to it in a governorate or a sector (either may be
	 * {@code null}), the units with most referrals first, at most {@code limit} of them.
	 */
	public Map<Long, AuthorityScorecard> scorecardsIn(String governorateCode, String sectorCode, int limit) {
		Map<Long, List<Object[]>> byUnit = new HashMap<>();
		for (Object[] row : cases.referralsIn(governorateCode, sectorCode)) {
			byUnit.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(row);
		}
		Instant now = clock.instant();
		Map<Long, AuthorityScorecard> cards = new LinkedHashMap<>();
		byUnit.entrySet().stream()
			.sorted(Comparator.comparing((Map.Entry<Long, List<Object[]>> e) -> -e.getValue().size())
				.thenComparing(Map.Entry::getKey))
			.limit(limit)
			.forEach(e -> cards.put(e.getKey(), scorecard(e.getValue(), 1, now)));
		return cards;
	}

	/** The figures of referral rows whose referral time is at index {@code from}, as they stood at {@code asOf}. */
	private static AuthorityScorecard scorecard(List<Object[]> referrals, int from, Instant asOf) {
		AuthorityScorecard.Tally tally = new AuthorityScorecard.Tally(asOf);
		for (Object[] row : referrals) {
			tally.add((Instant) row[from], (Instant) row[from + 1], (CaseStatus) row[from + 2], (Instant) row[from + 3]);
		}
		return tally.result();
	}
}
