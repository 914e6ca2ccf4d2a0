package ps.rasd.cases.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.cases.CaseAction;
import ps.rasd.cases.CaseEvents.CaseMoved;
import ps.rasd.cases.CaseEvents.DeadlineNear;
import ps.rasd.cases.CaseQueue;
import ps.rasd.cases.CaseReporters;
import ps.rasd.cases.CaseStatus;
import ps.rasd.cases.CaseSummary;
import ps.rasd.cases.Dashboard;
import ps.rasd.cases.ReporterDetails;
import ps.rasd.geography.GeographyManagement;
import ps.rasd.geography.GovernorateSummary;
import ps.rasd.identity.AccountSummary;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.shared.access.Role;
import ps.rasd.registry.AuthoritySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.EmailAddress;
import ps.rasd.shared.RasdPrincipal;

/**
 * The cases module's e-mail after a case moved, queued in the notifications outbox: the referral (and escalation)
 * with the signed reply link to the unit's address, the reminder before the due date, the overdue notice to the
 * governorate's coordinators, updates to reporters who asked for them (and to the reporters of duplicates that follow
 * the case), and the coordinators' daily digest. Authorities and coordinators are written to in Arabic; reporters in
 * the language they used. (The confirmation of a complaint is {@link FilingConfirmation}'s.)
 */
@Component
public class CaseMail {

	private static final Logger log = LoggerFactory.getLogger(CaseMail.class);

	private static final Locale ARABIC = Locale.forLanguageTag("ar");

	/** The states a reporter hears about. */
	private static final Set<CaseStatus> NEWS = Set.of(CaseStatus.NEEDS_INFO, CaseStatus.VERIFIED,
			CaseStatus.REFERRED, CaseStatus.ESCALATED, CaseStatus.ACKNOWLEDGED, CaseStatus.IN_PROGRESS,
			CaseStatus.ACTION_SCHEDULED, CaseStatus.RESOLVED, CaseStatus.CONFIRMED_FIXED, CaseStatus.REOPENED,
			CaseStatus.REJECTED, CaseStatus.CLOSED_UNRESOLVED);

	private final CaseQueue cases;

	private final CaseReporters reporters;

	private final ReferralLinks links;

	private final RegistryManagement registry;

	private final IdentityManagement identity;

	private final GeographyManagement geography;

	private final CaseMailer mailer;

	CaseMail(CaseQueue cases, CaseReporters reporters, ReferralLinks links, RegistryManagement registry,
			IdentityManagement identity, GeographyManagement geography, CaseMailer mailer) {
		this.cases = cases;
		this.reporters = reporters;
		this.links = links;
		this.registry = registry;
		this.identity = identity;
		this.geography = geography;
		this.mailer = mailer;
	}

	@ApplicationModuleListener
	void on(CaseMoved moved) {
		CaseSummary summary = cases.get(moved.caseId());
		if ((moved.action() == CaseAction.REFER || moved.action() == CaseAction.ESCALATE)
				&& moved.replyLinkId() != null && moved.authorityId() != null) {
			referral(summary, moved.action() == CaseAction.ESCALATE, moved.replyLinkId());
		}
		if (moved.from() != null && NEWS.contains(moved.to())) {
			String note = lastPublicNote(summary);
			update(summary, summary, note);
			for (CaseSummary duplicate : cases.duplicatesOf(summary.id())) {
				update(duplicate, summary, note);
			}
		}
	}

	@ApplicationModuleListener
	void on(DeadlineNear near) {
		CaseSummary summary = cases.get(near.caseId());
		AuthoritySummary authority = registry.authority(near.authorityId());
		Map<String, Object> model = CaseMailer.model(summary);
		model.put("authority", authority);
		model.put("due", day(summary.dueAt()));
		if (!near.overdue()) {
			Optional<Long> link = links.openLinkId(summary.id());
			if (authority.email() == null || authority.email().isBlank() || link.isEmpty()) {
				return;
			}
			model.put("link", mailer.baseUrl() + "/reply/" + links.token(link.get()));
			mailer.queue(authority.email(), "reminder", ARABIC, mailer.message("cases.mail.reminder.subject", ARABIC,
					summary.reference()), model, summary);
			return;
		}
		model.put("caseLink", mailer.baseUrl() + "/cases/" + summary.reference());
		for (AccountSummary coordinator : identity.withRoleIn(Role.COORDINATOR, Set.of(summary.governorateCode()))) {
			if (coordinator.enabled() && coordinator.email() != null && !coordinator.email().isBlank()) {
				mailer.queue(coordinator.email(), "overdue", ARABIC, mailer.message("cases.mail.overdue.subject",
						ARABIC, summary.reference()), model, summary);
			}
		}
	}

	/**
	 * Each morning ({@link DeadlineJobs#digest}), what waits for each coordinator who has an e-mail address and
	 * something waiting.
	 */
	@Transactional
	public int digest() {
		int sent = 0;
		for (AccountSummary coordinator : identity.withRoleIn(Role.COORDINATOR, allGovernorates())) {
			if (!coordinator.enabled() || !EmailAddress.isValid(coordinator.email())) {
				continue;
			}
			Dashboard dashboard = cases.dashboard(principal(coordinator));
			long waiting = dashboard.overdue() + dashboard.awaitingVerification() + dashboard.awaitingConfirmation()
					+ dashboard.repliesToModerate();
			if (waiting == 0) {
				continue;
			}
			Map<String, Object> model = new HashMap<>();
			model.put("dashboard", dashboard);
			model.put("name", coordinator.displayName());
			model.put("caseLink", mailer.baseUrl() + "/cases");
			mailer.queue(coordinator.email(), "digest", ARABIC, mailer.message("cases.mail.digest.subject", ARABIC,
					waiting), model);
			sent++;
		}
		return sent;
	}

	private void referral(CaseSummary summary, boolean escalated, long linkId) {
		AuthoritySummary authority = registry.authority(summary.authorityId());
		if (authority.email() == null || authority.email().isBlank()) {
			log.info("Case {}: unit {} has no e-mail address; the coordinator sends the letter", summary.reference(),
					authority.id());
			return;
		}
		Map<String, Object> model = CaseMailer.model(summary);
		model.put("authority", authority);
		model.put("escalated", escalated);
		model.put("due", day(summary.dueAt()));
		String token = links.token(linkId);
		model.put("link", mailer.baseUrl() + "/reply/" + token);
		model.put("expires", day(Instant.ofEpochSecond(Long.parseLong(token.split("\\.")[1]))));
		if (summary.facilityId() != null) {
			model.put("facility", registry.facility(summary.facilityId()));
		}
		mailer.queue(authority.email(), "referral", ARABIC, mailer.message("cases.mail.referral.subject", ARABIC,
				summary.reference(), summary.title()), model, summary);
	}

	private void update(CaseSummary recipientCase, CaseSummary moved, String publicNote) {
		Optional<ReporterDetails> reporter = reporters.reporterForUpdates(recipientCase.id());
		if (reporter.isEmpty()) {
			return;
		}
		Locale locale = Locale.forLanguageTag(reporter.get().language() == null ? "ar" : reporter.get().language());
		Map<String, Object> model = CaseMailer.model(recipientCase);
		model.put("status", moved.status());
		model.put("publicNote", publicNote);
		mailer.queue(reporter.get().email(), "update", locale, mailer.message("cases.mail.update.subject", locale,
				recipientCase.reference()), model, recipientCase);
	}

	private String lastPublicNote(CaseSummary summary) {
		var timeline = cases.publicTimeline(summary.id());
		return timeline.isEmpty() ? null : timeline.get(timeline.size() - 1).publicNote();
	}

	private static String day(Instant instant) {
		return instant == null ? "—" : LocalDate.ofInstant(instant, CaseSummary.ZONE).toString();
	}

	private Set<String> allGovernorates() {
		return geography.governorates().stream().map(GovernorateSummary::code).collect(Collectors.toSet());
	}

	private static RasdPrincipal principal(AccountSummary account) {
		return new RasdPrincipal() {

			@Override
			public long accountId() {
				return account.id();
			}

			@Override
			public String username() {
				return account.username();
			}

			@Override
			public String displayName() {
				return account.displayName();
			}

			@Override
			public Set<String> roleNames() {
				return account.roles().stream().map(Enum::name).collect(Collectors.toSet());
			}

			@Override
			public Set<String> governorateCodes() {
				return account.governorates();
			}

			@Override
			public boolean mustChangePassword() {
				return false;
			}
		};
	}
}
