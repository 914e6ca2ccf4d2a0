package ps.rasd.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.cases.domain.CaseFile;
import ps.rasd.cases.domain.CaseFileRepository;
import ps.rasd.cases.domain.Reporter;
import ps.rasd.cases.domain.ReporterRepository;
import ps.rasd.cases.internal.CaseAccess;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.Redaction;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.Tier;
import ps.rasd.shared.spi.SearchableChanged;

/**
 * Publication of a case by the coordinators of its governorate: who may read it, from when, and the redacted copy the
 * public reads, starting from a proposed redaction. Publishes {@link SearchableChanged} (through the {@link CaseFile}
 * aggregate).
 */
@Service
@Transactional
public class CasePublication {

	private final CaseFileRepository cases;

	private final ReporterRepository reporters;

	private final CaseAccess access;

	private final AuditTrail audit;

	private final Clock clock;

	CasePublication(CaseFileRepository cases, ReporterRepository reporters, CaseAccess access, AuditTrail audit,
			Clock clock) {
		this.cases = cases;
		this.reporters = reporters;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Sets who may read the case, from when, and the redacted copy the public reads (coordinators of the
	 * governorate). Making it public needs a public title and story.
	 * @throws ps.rasd.shared.ConflictException {@code cases.case.stale}
	 * @throws ps.rasd.shared.InvalidInputException a public copy missing or too long
	 */
	public CaseSummary publication(String reference, long version, Tier tier, LocalDate embargoUntil,
			String publicTitle, String publicStory, RasdPrincipal actor) {
		CaseFile file = cases.byReference(reference);
		access.requireManages(file, actor);
		file.publication(version, tier, embargoUntil, publicTitle, publicStory, clock.instant());
		cases.saveAndFlush(file);
		audit.record("case.publication", "case", reference, file.getGovernorateCode(), "tier=" + tier);
		return file.toSummary();
	}

	/**
	 * The redacted copy proposed for publication: the reporter's name (from the sealed record, not shown), ID
	 * numbers, phone numbers, e-mail addresses and exact coordinates are replaced; the coordinator reviews it.
	 */
	@Transactional(readOnly = true)
	public RedactedCopy proposePublicCopy(String reference, RasdPrincipal actor) {
		CaseFile file = cases.byReference(reference);
		access.requireManages(file, actor);
		CaseSummary summary = file.toSummary();
		List<String> names = reporters.findById(file.getId()).map(Reporter::toDetails).map(ReporterDetails::name)
			.filter(n -> n != null && !n.isBlank()).map(List::of).orElse(List.of());
		List<Redaction.Span> titleSpans = Redaction.propose(summary.title(), names);
		List<Redaction.Span> storySpans = Redaction.propose(summary.description(), names);
		List<Redaction.Kind> found = new ArrayList<>();
		titleSpans.forEach(s -> found.add(s.kind()));
		storySpans.forEach(s -> found.add(s.kind()));
		return new RedactedCopy(Redaction.apply(summary.title(), titleSpans),
				Redaction.apply(summary.description(), storySpans), found);
	}
}
