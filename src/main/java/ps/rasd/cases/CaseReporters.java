package ps.rasd.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.cases.domain.CaseFile;
import ps.rasd.cases.domain.CaseFileRepository;
import ps.rasd.cases.domain.Reporter;
import ps.rasd.cases.domain.ReporterRepository;
import ps.rasd.cases.internal.CaseAccess;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.RasdPrincipal;

/**
 * The reporter's sealed record: read by the coordinators of the case's governorate and administrators (each read
 * audited), erased on request or a configured time after the case closed, and the contacts for the mail of updates
 * when the reporter asked for them.
 */
@Service
@Transactional
public class CaseReporters {

	private final CaseFileRepository cases;

	private final ReporterRepository reporters;

	private final CaseAccess access;

	private final CasesProperties properties;

	private final AuditTrail audit;

	private final Clock clock;

	CaseReporters(CaseFileRepository cases, ReporterRepository reporters, CaseAccess access,
			CasesProperties properties, AuditTrail audit, Clock clock) {
		this.cases = cases;
		this.reporters = reporters;
		this.access = access;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The reporter's sealed identity and contacts: coordinators of the case's governorate and administrators only;
	 * every read is audited.
	 * @throws ps.rasd.shared.ForbiddenException {@code cases.sealed}
	 */
	public ReporterDetails reporter(String reference, RasdPrincipal actor) {
		CaseFile file = cases.byReference(reference);
		if (!actor.manages(file.getGovernorateCode())) {
			throw new ps.rasd.shared.ForbiddenException("cases.sealed");
		}
		audit.record("case.reporter-read", "case", reference, file.getGovernorateCode(), null);
		return reporters.findById(file.getId()).map(Reporter::toDetails).orElse(ReporterDetails.none("ar"));
	}

	/**
	 * Erases a reporter on request: name and contacts removed, the case and its statistics kept (coordinators of
	 * the governorate and administrators).
	 */
	public void eraseReporter(String reference, RasdPrincipal actor) {
		CaseFile file = cases.byReference(reference);
		access.requireManages(file, actor);
		reporters.findById(file.getId()).ifPresent(r -> r.erase(clock.instant()));
		audit.record("case.reporter-erased", "case", reference, file.getGovernorateCode(), null);
	}

	/** Erases reporters' contacts a configured time after their case closed (a scheduled job calls this). */
	public int eraseOldContacts() {
		Instant now = clock.instant();
		List<Reporter> old = reporters.closedBefore(now.minus(properties.contactRetention()));
		old.forEach(r -> r.erase(now));
		if (!old.isEmpty()) {
			audit.record("case.contacts-erased", "case", "*", null, "count=" + old.size());
		}
		return old.size();
	}

	/** The reporter's contacts for the mail of updates (only when they asked for updates). */
	@Transactional(readOnly = true)
	public Optional<ReporterDetails> reporterForUpdates(long caseId) {
		return reporters.findById(caseId).map(Reporter::toDetails).filter(ReporterDetails::wantsUpdates);
	}
}
