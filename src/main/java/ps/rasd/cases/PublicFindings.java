package ps.rasd.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.cases.internal.CaseAccess;
import ps.rasd.shared.access.Scope;
import ps.rasd.shared.access.ReadRules;
import ps.rasd.shared.access.JpaScope;
import ps.rasd.cases.domain.CaseFile;
import ps.rasd.cases.domain.CaseFileRepository;
import ps.rasd.cases.domain.Reply;
import ps.rasd.cases.domain.ReplyRepository;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.PageResult;

/**
 * Published cases, for anyone: a finding with its public steps and approved replies, and lists of findings by place,
 * sector, facility, authority unit and period (the public pages, feeds, sitemap, Open311 and reports). A case that is
 * not (or no longer) public, or still under embargo, is not found, whoever asks.
 */
@Service
@Transactional(readOnly = true)
public class PublicFindings {

	private static final Sort NEWEST_PUBLISHED = Sort.by("publishedAt", "id").descending();

	private final CaseFileRepository cases;

	private final ReplyRepository replies;

	private final Clock clock;

	PublicFindings(CaseFileRepository cases, ReplyRepository replies, Clock clock) {
		this.cases = cases;
		this.replies = replies;
		this.clock = clock;
	}

	/**
	 * Published cases matching a query (the Open311 {@code GET requests} filters), newest first.
	 *
	 * @param governorateCode one governorate, or {@code null}
	 * @param sectorCode one sector, or {@code null}
	 * @param references only these references, or empty for any
	 * @param from filed at or after, or {@code null}
	 * @param to filed before, or {@code null}
	 * @param open only open ({@code true}) or closed ({@code false}) cases, or {@code null} for both
	 */
	public record PublicQuery(String governorateCode, String sectorCode, Set<String> references, Instant from,
			Instant to, Boolean open) {
	}

	/**
	 * A published case, for anyone.
	 * @throws NotFoundException when there is no such public case
	 */
	public PublicFinding publicFinding(String reference) {
		CaseFile file = cases.byReference(reference);
		CaseSummary summary = file.toSummary();
		if (!summary.isPublic(LocalDate.now(clock.withZone(CaseSummary.ZONE)))) {
			throw new NotFoundException("cases.not-found");
		}
		return toFinding(summary, file.getEvents().stream()
			.filter(e -> !"NOTE".equals(e.getAction()))
			.map(e -> e.toView(false))
			.map(v -> new PublicFinding.Step(v.step(), v.to(), v.at(), v.publicNote()))
			.toList(), replies.findByCaseIdOrderByReceivedAtAsc(file.getId()).stream()
				.map(Reply::toView)
				.filter(r -> r.moderation() == Moderation.APPROVED)
				.map(r -> new PublicFinding.PublicReply(r.authorityId(), r.kind(), r.publicText(), r.receivedAt()))
				.toList());
	}

	/** Published cases, newest first. */
	public PageResult<PublicFinding> publicFindings(String governorateCode, String sectorCode, int page, int size) {
		return publicFindings(new PublicQuery(governorateCode, sectorCode, Set.of(), null, null, null), page, size);
	}

	/** Published cases matching the query, newest first. */
	public PageResult<PublicFinding> publicFindings(PublicQuery query, int page, int size) {
		return page(publicSpec(query, null, null), page, size);
	}

	/** Published cases at a facility, open ({@code true}), closed ({@code false}) or both, newest first. */
	public PageResult<PublicFinding> publicFindingsAt(long facilityId, Boolean open, int page, int size) {
		return page(publicSpec(new PublicQuery(null, null, Set.of(), null, null, open), facilityId, null), page, size);
	}

	/** Published cases referred to an authority unit, open, closed or both, newest first. */
	public PageResult<PublicFinding> publicFindingsReferredTo(long authorityId, Boolean open, int page, int size) {
		return page(publicSpec(new PublicQuery(null, null, Set.of(), null, null, open), null, authorityId), page,
				size);
	}

	/**
	 * The latest published cases of a governorate and sector (either may be {@code null} for all), newest first,
	 * without counting them all as a page would (the home page and the feeds ask for these on every view).
	 */
	public List<PublicFinding> latestFindings(String governorateCode, String sectorCode, int count) {
		return cases.findBy(publicSpec(new PublicQuery(governorateCode, sectorCode, Set.of(), null, null, null), null,
				null), q -> q.sortBy(NEWEST_PUBLISHED).limit(CaseQueue.pageSize(count)).all())
			.stream()
			.map(f -> toFinding(f.toSummary(), List.of(), List.of()))
			.toList();
	}

	private PageResult<PublicFinding> page(Specification<CaseFile> spec, int page, int size) {
		var result = cases.findAll(spec, PageRequest.of(Math.max(page, 0), CaseQueue.pageSize(size), NEWEST_PUBLISHED));
		return PageResult.of(result, f -> toFinding(f.toSummary(), List.of(), List.of()));
	}

	private Specification<CaseFile> publicSpec(PublicQuery query, Long facilityId, Long authorityId) {
		Scope published = ReadRules.publicNow(clock.instant());
		return (root, q, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (facilityId != null) {
				where.add(cb.equal(root.get("facilityId"), facilityId));
			}
			if (authorityId != null) {
				where.add(cb.equal(root.get("authorityId"), authorityId));
			}
			where.add(JpaScope.where(published, CaseAccess.JPA, root, q, cb));
			where.add(cb.isNotNull(root.get("publicTitle")));
			if (blank(query.governorateCode()) != null) {
				where.add(cb.equal(root.get("governorateCode"), query.governorateCode()));
			}
			if (blank(query.sectorCode()) != null) {
				where.add(cb.equal(root.get("sectorCode"), query.sectorCode()));
			}
			if (query.references() != null && !query.references().isEmpty()) {
				where.add(root.get("reference").in(query.references()));
			}
			if (query.from() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("createdAt"), query.from()));
			}
			if (query.to() != null) {
				where.add(cb.lessThan(root.get("createdAt"), query.to()));
			}
			if (query.open() != null) {
				where.add(root.get("status").in(query.open() ? CaseStatus.followed() : CaseStatus.ended()));
			}
			return cb.and(where.toArray(new Predicate[0]));
		};
	}

	private static PublicFinding toFinding(CaseSummary s, List<PublicFinding.Step> steps,
			List<PublicFinding.PublicReply> replies) {
		return new PublicFinding(s.reference(), s.publicTitle(), s.publicStory(), s.governorateCode(), s.placeId(),
				s.facilityId(), s.sectorCode(), s.status(), s.authorityId(), s.createdAt(), s.publishedAt(),
				s.updatedAt(), steps, replies);
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
