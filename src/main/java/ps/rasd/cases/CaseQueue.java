package ps.rasd.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.cases.domain.CaseFile;
import ps.rasd.cases.domain.CaseFileRepository;
import ps.rasd.cases.domain.ReplyRepository;
import ps.rasd.cases.internal.CaseAccess;
import ps.rasd.shared.CursorRequest;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.Keyset;
import ps.rasd.shared.PageResult;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.access.Sight;
import ps.rasd.shared.SortOptions;

/**
 * Reading cases as a person: one case, its timeline, the queue with its filters (page by page, or with keyset
 * paging for the API), the coordinators' dashboard and the open cases at a facility. Every read with a person goes
 * through {@link CaseAccess}, the one place that says who may read which case. Reads without a person (for the
 * module's own listeners and mail) are marked so.
 */
@Service
@Transactional(readOnly = true)
public class CaseQueue {

	/** The largest page the queue and the API serve. */
	public static final int MAX_PAGE_SIZE = 200;

	/**
	 * The orders of the case list: by the day reported, the last change, or the reference; a leading minus means
	 * newest (or last) first.
	 */
	public static final SortOptions SORTS = SortOptions.of("-reported", "reported", "-updated", "updated",
			"reference", "-reference");

	private static final Set<CaseStatus> UNANSWERED = EnumSet.of(CaseStatus.REFERRED, CaseStatus.ESCALATED);

	private final CaseFileRepository cases;

	private final ReplyRepository replies;

	private final CaseAccess access;

	private final Clock clock;

	CaseQueue(CaseFileRepository cases, ReplyRepository replies, CaseAccess access, Clock clock) {
		this.cases = cases;
		this.replies = replies;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * A case this person may read.
	 * @throws ForbiddenException {@code cases.forbidden}
	 * @throws ps.rasd.shared.NotFoundException {@code cases.not-found} (a reading that finds nothing leaves the
	 *         caller's transaction usable: a search for a reference that does not exist is not a failure)
	 */
	@org.springframework.transaction.annotation.Transactional(readOnly = true,
			noRollbackFor = { ps.rasd.shared.NotFoundException.class, ps.rasd.shared.ForbiddenException.class })
	public CaseSummary byReference(String reference, RasdPrincipal actor) {
		CaseFile file = cases.byReference(reference);
		return CaseAccess.as(access.requireRead(file, actor), file.toSummary());
	}

	/**
	 * The cases of these references that this person may read, each as they read it (in full or as its redacted
	 * copy), in one query; the others (unknown, or not theirs to read) are left out.
	 */
	public Map<String, CaseSummary> byReferences(Collection<String> references, RasdPrincipal actor) {
		Map<String, CaseSummary> found = new LinkedHashMap<>();
		if (actor == null || references.isEmpty()) {
			return found;
		}
		Set<String> wanted = new LinkedHashSet<>();
		references.forEach(r -> wanted.add(r == null ? "" : r.strip().toUpperCase(Locale.ROOT)));
		for (CaseFile file : cases.findByReferenceIn(wanted)) {
			Sight sight = access.sight(file, actor);
			if (sight.any()) {
				found.put(file.getReference(), CaseAccess.as(sight, file.toSummary()));
			}
		}
		return found;
	}

	/**
	 * How much of the case this person sees (nothing, the redacted copy, or all of it).
	 * @throws ps.rasd.shared.NotFoundException {@code cases.not-found}
	 */
	public Sight sight(String reference, RasdPrincipal actor) {
		return access.sight(cases.byReference(reference), actor);
	}

	/** The timeline, with internal notes for staff who may act on the case or read everything. */
	public List<CaseEventView> timeline(String reference, RasdPrincipal actor) {
		CaseFile file = cases.byReference(reference);
		access.requireRead(file, actor);
		boolean internal = access.readsInternals(file, actor);
		return file.getEvents().stream().map(e -> e.toView(internal)).toList();
	}

	/** The queue: cases this person may see that match the filters. */
	public PageResult<CaseSummary> queue(CaseQuery query, int page, int size, RasdPrincipal actor) {
		Sort sort = query.oldestFirst() ? Sort.by("createdAt", "id") : Sort.by("createdAt", "id").descending();
		var result = cases.findPage(matching(query, actor), PageRequest.of(Math.max(page, 0), pageSize(size), sort));
		return PageResult.of(result, f -> access.listed(f, actor));
	}

	/**
	 * One page of the cases this person may see that match the filters, with keyset paging: up to
	 * {@link CursorRequest#fetchSize()} cases after the cursor, in the order asked (then by id). The
	 * {@code oldestFirst} flag of the query is ignored: the order is the request's.
	 */
	public List<CaseSummary> list(CaseQuery query, CursorRequest page, RasdPrincipal actor) {
		String attribute = switch (page.key()) {
			case "updated" -> "updatedAt";
			case "reference" -> "reference";
			default -> "createdAt";
		};
		Specification<CaseFile> spec = matching(query, actor);
		if (!page.first()) {
			spec = spec.and((root, q, cb) -> "reference".equals(attribute)
					? Keyset.after(cb, root.<String>get(attribute), root.<Long>get("id"), page.afterKey(),
							page.afterId(), page.descending())
					: Keyset.after(cb, root.<Instant>get(attribute), root.<Long>get("id"), page.afterInstant(),
							page.afterId(), page.descending()));
		}
		Sort.Direction direction = page.descending() ? Sort.Direction.DESC : Sort.Direction.ASC;
		return cases.findBy(spec, q -> q.sortBy(Sort.by(direction, attribute, "id")).limit(page.fetchSize()).all())
			.stream()
			.map(f -> access.listed(f, actor))
			.toList();
	}

	/** What the coordinator must act on, across their governorates. */
	public Dashboard dashboard(RasdPrincipal actor) {
		access.requireStaffReader(actor);
		boolean all = access.readsAll(actor);
		Set<String> govs = actor.governorateCodes().isEmpty() ? Set.of("--") : actor.governorateCodes();
		// the two states the dashboard shows, not every state: a coordinator's history is a fifth of a million rows
		Map<CaseStatus, Long> byStatus = new EnumMap<>(CaseStatus.class);
		Set<CaseStatus> shown = EnumSet.of(CaseStatus.SUBMITTED, CaseStatus.RESOLVED);
		for (Object[] row : all ? cases.countByStatus(shown) : cases.countByStatusIn(shown, govs)) {
			byStatus.put((CaseStatus) row[0], (Long) row[1]);
		}
		long overdue = cases.count(matching(new CaseQuery(Set.of(), null, null, null, null, true, false), actor));
		long moderation = replies.awaiting(Moderation.PENDING, all, govs).size();
		return new Dashboard(overdue, byStatus.getOrDefault(CaseStatus.SUBMITTED, 0L),
				byStatus.getOrDefault(CaseStatus.RESOLVED, 0L), moderation);
	}

	/** Open cases at a facility this person reads in full. */
	public List<CaseSummary> openAt(long facilityId, RasdPrincipal actor) {
		if (actor == null) {
			return List.of();
		}
		return cases.openAtFacility(facilityId, CaseStatus.followed(), -1, PageRequest.of(0, 20)).stream()
			.filter(c -> access.readsInFull(c, actor))
			.map(CaseFile::toSummary)
			.toList();
	}

	/** The duplicates that follow this case (no access check: for the module's mail and the case page). */
	public List<CaseSummary> duplicatesOf(long caseId) {
		return cases.findByDuplicateOfId(caseId).stream().map(CaseFile::toSummary).toList();
	}

	/** A case by id, without access checks (for the module's listeners and mail). */
	public CaseSummary get(long id) {
		return cases.byId(id).toSummary();
	}

	/** The public timeline of a case by id (no internal notes), for mail and public pages. */
	public List<CaseEventView> publicTimeline(long id) {
		return cases.byId(id).getEvents().stream().map(e -> e.toView(false)).toList();
	}

	private Specification<CaseFile> matching(CaseQuery query, RasdPrincipal actor) {
		Instant now = clock.instant();
		Specification<CaseFile> scope = access.queueScope(actor, blank(query.governorateCode()));
		Set<CaseStatus> states = EnumSet.noneOf(CaseStatus.class);
		if (query.statuses() != null) {
			states.addAll(query.statuses());
		}
		if (query.overdueOnly()) {
			// one list of states, not two: the planner estimates a single IN list well
			if (states.isEmpty()) {
				states.addAll(UNANSWERED);
			}
			else {
				states.retainAll(UNANSWERED);
			}
		}
		return (root, q, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (scope != null) {
				where.add(scope.toPredicate(root, q, cb));
			}
			if (!states.isEmpty()) {
				where.add(root.get("status").in(states));
			}
			else if (query.overdueOnly()) {
				where.add(cb.disjunction());
			}
			if (blank(query.governorateCode()) != null) {
				where.add(cb.equal(root.get("governorateCode"), query.governorateCode()));
			}
			if (blank(query.sectorCode()) != null) {
				where.add(cb.equal(root.get("sectorCode"), query.sectorCode()));
			}
			if (query.authorityId() != null) {
				where.add(cb.equal(root.get("authorityId"), query.authorityId()));
			}
			if (query.minAgeDays() != null && query.minAgeDays() > 0) {
				where.add(cb.lessThanOrEqualTo(root.get("createdAt"), now.minus(Duration.ofDays(query.minAgeDays()))));
			}
			if (query.overdueOnly()) {
				where.add(cb.lessThan(root.get("dueAt"), now));
			}
			return cb.and(where.toArray(new Predicate[0]));
		};
	}

	static int pageSize(int size) {
		return size <= 0 ? 20 : Math.min(size, MAX_PAGE_SIZE);
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** How many cases the account filed: a member's work shown on their person record. */
	@Transactional(readOnly = true)
	public long casesFiledBy(long accountId) {
		return cases.countByFiledBy(accountId);
	}
}
