package ps.rasd.cases.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.cases.CaseQueue;
import ps.rasd.cases.PublicFindings;
import ps.rasd.cases.CaseSummary;
import ps.rasd.evidence.EvidenceManagement;
import ps.rasd.evidence.EvidenceSummary;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;

/**
 * Which photos of a case its published page shows. A coordinator of the case's governorate marks a photo of the case
 * as safe for the public (or takes the mark back), audited; the public gets only the thumbnail the evidence module
 * made from the stripped copy, never the kept file or the original, and only while the case is public.
 */
@Service
public class PublicPhotos {

	private final JdbcTemplate jdbc;

	private final CaseQueue cases;

	private final PublicFindings findings;

	private final EvidenceManagement evidence;

	private final AuditTrail audit;

	private final Clock clock;

	PublicPhotos(JdbcTemplate jdbc, CaseQueue cases, PublicFindings findings, EvidenceManagement evidence,
			AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.findings = findings;
		this.evidence = evidence;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Marks a photo of the case safe for its published page, or takes the mark back (coordinators of the governorate
	 * and administrators).
	 *
	 * @throws NotFoundException when the file is not one of the case's
	 * @throws InvalidInputException when the file is not a photo with a thumbnail
	 */
	@Transactional
	public void mark(String reference, long evidenceId, boolean safe, RasdPrincipal actor) {
		CaseSummary summary = cases.byReference(reference, actor);
		if (!actor.manages(summary.governorateCode())) {
			throw new ForbiddenException("cases.forbidden");
		}
		EvidenceSummary file = fileOf(summary, evidenceId);
		if (!file.image() || !file.hasThumbnail()) {
			throw new InvalidInputException("cases.photo.not-photo", List.of());
		}
		jdbc.update("delete from cases_public_photo where case_id = ? and evidence_id = ?", summary.id(), evidenceId);
		if (safe) {
			jdbc.update("insert into cases_public_photo (case_id, evidence_id, marked_by, marked_at) values (?, ?, ?, ?)",
					summary.id(), evidenceId, actor.accountId(), OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)));
		}
		audit.record(safe ? "case.photo-public" : "case.photo-private", "case", reference, summary.governorateCode(),
				"evidence=" + evidenceId);
	}

	/** The ids of the files of the case marked safe for the public, in order. */
	@Transactional(readOnly = true)
	public Set<Long> marked(long caseId) {
		return new TreeSet<>(jdbc.queryForList("select evidence_id from cases_public_photo where case_id = ?",
				Long.class, caseId));
	}

	/** The photos a published case shows, by evidence id; empty unless the case is public now. */
	@Transactional(readOnly = true)
	public List<Long> published(String reference) {
		findings.publicFinding(reference);
		return List.copyOf(jdbc.queryForList("select p.evidence_id from cases_public_photo p join cases_case c on "
				+ "c.id = p.case_id where c.reference = ? order by p.evidence_id", Long.class, reference));
	}

	/**
	 * The thumbnail of a photo marked safe on a public case, for anyone.
	 *
	 * @throws NotFoundException when the case is not public or the file is not one of its public-safe photos
	 */
	@Transactional(readOnly = true)
	public InputStream thumbnail(String reference, long evidenceId) {
		if (!published(reference).contains(evidenceId)) {
			throw new NotFoundException("evidence.not-found");
		}
		EvidenceSummary file = evidence.file(evidenceId);
		if (!"case".equals(file.subjectType()) || !reference.equals(file.subjectId()) || !file.hasThumbnail()) {
			throw new NotFoundException("evidence.not-found");
		}
		return evidence.open(evidenceId, true, false, null);
	}

	private EvidenceSummary fileOf(CaseSummary summary, long evidenceId) {
		EvidenceSummary file;
		try {
			file = evidence.file(evidenceId);
		}
		catch (NotFoundException ex) {
			throw new NotFoundException("evidence.not-found");
		}
		if (!"case".equals(file.subjectType()) || !summary.reference().equals(file.subjectId())) {
			throw new NotFoundException("evidence.not-found");
		}
		return file;
	}
}
