package ps.rasd.cases;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.cases.CaseEvents.CaseFiled;
import ps.rasd.cases.domain.CaseFile;
import ps.rasd.cases.domain.CaseDraft;
import ps.rasd.cases.domain.CaseFileRepository;
import ps.rasd.cases.domain.Reporter;
import ps.rasd.cases.domain.ReporterRepository;
import ps.rasd.cases.internal.FilingConfirmation;
import ps.rasd.cases.internal.IntakePolicy;
import ps.rasd.cases.internal.LinkSigner;
import ps.rasd.evidence.EvidenceManagement;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.ArabicText;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.spi.SearchableChanged;

/**
 * Intake: a case filed by the public, by staff, through the API or Open311, or asked for from a visit's failing
 * indicator, with its photo in the same transaction; and the reporter's tracking link (the case it opens, information
 * added through it). Every case starts {@code SUBMITTED}. Publishes {@link CaseFiled} and {@link SearchableChanged}
 * (through the {@link CaseFile} aggregate).
 */
@Service
@Transactional
public class CaseIntake {

	private final CaseFileRepository cases;

	private final ReporterRepository reporters;

	private final IntakePolicy policy;

	private final RegistryManagement registry;

	private final EvidenceManagement evidence;

	private final FilingConfirmation confirmation;

	private final AuditTrail audit;

	private final Clock clock;

	CaseIntake(CaseFileRepository cases, ReporterRepository reporters, IntakePolicy policy,
			RegistryManagement registry, EvidenceManagement evidence, FilingConfirmation confirmation,
			AuditTrail audit, Clock clock) {
		this.cases = cases;
		this.reporters = reporters;
		this.policy = policy;
		this.registry = registry;
		this.evidence = evidence;
		this.confirmation = confirmation;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Files a case. The public (actor {@code null}) and staff alike; every case starts {@code SUBMITTED} and waits
	 * for verification. A second call with the same idempotency key returns the first case and no new token.
	 * @throws InvalidInputException naming each missing or wrong field
	 * @throws ForbiddenException when the signed-in person has no role that files cases
	 */
	public Filed file(NewCase input, ReporterDetails reporter, CaseSource source, String idempotencyKey,
			RasdPrincipal actor) {
		String key = blank(idempotencyKey);
		if (key != null) {
			String scoped = (actor == null ? "public:" : actor.accountId() + ":") + key;
			Optional<CaseFile> earlier = cases.findByIdempotencyKey(scoped);
			if (earlier.isPresent()) {
				return new Filed(earlier.get().toSummary(), null);
			}
			key = scoped;
		}
		policy.requireMayFile(actor);
		CaseDraft draft = policy.check(input, reporter, actor);
		return save(draft, reporter, source, actor == null ? null : actor.accountId(), key);
	}

	/** The case a signed-in person already filed under an idempotency key, if any (a repeated sending). */
	@Transactional(readOnly = true)
	public Optional<CaseSummary> filedWith(String idempotencyKey, RasdPrincipal actor) {
		String key = blank(idempotencyKey);
		if (key == null || actor == null) {
			return Optional.empty();
		}
		return cases.findByIdempotencyKey(actor.accountId() + ":" + key).map(CaseFile::toSummary);
	}

	/**
	 * Files a case with a photo, in one transaction. A photo the evidence module refuses (type, size, damage) does not
	 * undo the case: the refusal comes back in {@link Filed#photoProblem()}. A repeated request takes no second photo.
	 *
	 * @param photo the photo's bytes, or {@code null} for none
	 */
	public Filed file(NewCase input, ReporterDetails reporter, CaseSource source, String idempotencyKey,
			RasdPrincipal actor, InputStream photo) {
		Filed filed = file(input, reporter, source, idempotencyKey, actor);
		if (photo == null || filed.trackingToken() == null) {
			return filed;
		}
		try {
			evidence.upload(photo, "case", filed.summary().reference(), filed.summary().governorateCode(), actor);
			return filed;
		}
		catch (DomainException ex) {
			return new Filed(filed.summary(), filed.trackingToken(), ex.code());
		}
	}

	/** Files the case a monitor asked for from a failing indicator of a visit (once per visit and indicator). */
	public Filed fileFromVisit(long visitId, String visitReference, long facilityId, String indicatorCode,
			String indicatorName, long requestedBy) {
		String key = "visit:" + visitId + ":" + indicatorCode;
		Optional<CaseFile> earlier = cases.findByIdempotencyKey(key);
		if (earlier.isPresent()) {
			return new Filed(earlier.get().toSummary(), null);
		}
		FacilitySummary facility = registry.facility(facilityId);
		String title = indicatorName + " — " + facility.name().ar();
		String description = indicatorName + " (" + visitReference + ")";
		CaseDraft draft = new CaseDraft(cut(title, 200), description, facility.governorateCode(), facility.placeId(),
				facility.id(), facility.sectorCode(), facility.latitude(), facility.longitude(), visitId,
				indicatorCode);
		return save(draft, ReporterDetails.none("ar"), CaseSource.VISIT, requestedBy, key);
	}

	/** The case a tracking token opens (the original case when it was marked a duplicate). */
	@Transactional(readOnly = true)
	public Optional<CaseSummary> tracked(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		return cases.findByTrackingHash(LinkSigner.hash(token)).map(CaseFile::toSummary);
	}

	/**
	 * The reporter adds information through the tracking link; a case waiting for it goes back to verification.
	 * @throws NotFoundException for an unknown token
	 * @throws InvalidInputException {@code text} missing or too long
	 * @throws ps.rasd.shared.ConflictException {@code cases.case.closed}
	 */
	public CaseSummary addInformation(String token, String text) {
		CaseFile file = cases.findByTrackingHash(LinkSigner.hash(token == null ? "" : token))
			.orElseThrow(() -> new NotFoundException("cases.not-found"));
		file.addInformation(text, clock.instant());
		cases.saveAndFlush(file);
		audit.record("case.information-added", "case", file.getReference(), file.getGovernorateCode(), null);
		return file.toSummary();
	}

	private Filed save(CaseDraft draft, ReporterDetails reporter, CaseSource source, Long filedBy, String key) {
		Instant now = clock.instant();
		String token = LinkSigner.randomToken();
		CaseFile file = new CaseFile(newReference(), draft, source, filedBy,
				cut(ArabicText.searchKey(draft.title() + " " + draft.description()), 9000), LinkSigner.hash(token),
				key, now);
		CaseFile saved = cases.saveAndFlush(file);
		reporters.save(new Reporter(saved.getId(), reporter == null ? ReporterDetails.none("ar") : reporter));
		audit.record("case.filed", "case", saved.getReference(), saved.getGovernorateCode(), "source=" + source);
		// the tracking token exists only here: its mail is queued in this transaction, never kept elsewhere
		confirmation.send(saved.toSummary(), reporter, token);
		return new Filed(saved.toSummary(), token);
	}

	/**
	 * The next readable reference. The sequence is moved past restored cases at start; should it still lag (a
	 * restore into a running installation), taken numbers are skipped.
	 */
	private String newReference() {
		String year = "RSD-" + Year.now(clock.withZone(ZoneOffset.UTC)).getValue() + "-";
		while (true) {
			String reference = cases.nextFreeReference(year);
			if (reference != null) {
				return reference;
			}
		}
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String cut(String value, int max) {
		return value.length() <= max ? value : value.substring(0, max);
	}
}
