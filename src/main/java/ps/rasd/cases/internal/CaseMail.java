package ps.rasd.cases.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import ps.rasd.cases.CaseAction;
import ps.rasd.cases.CaseEvents.CaseMoved;
import ps.rasd.cases.CaseEvents.DeadlineNear;
import ps.rasd.cases.CaseManagement;
import ps.rasd.cases.CaseStatus;
import ps.rasd.cases.CaseSummary;
import ps.rasd.cases.Dashboard;
import ps.rasd.cases.ReporterDetails;
import ps.rasd.identity.AccountSummary;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.identity.Role;
import ps.rasd.notifications.MailOutbox;
import ps.rasd.notifications.OutgoingMail;
import ps.rasd.registry.AuthoritySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.EmailAddress;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.RasdProperties;

/**
 * The cases module's e-mail, queued in the notifications outbox: the referral (and escalation) with the signed reply
 * link to the unit's address, the reminder before the due date, the overdue notice to the governorate's coordinators,
 * updates to reporters who asked for them (and to the reporters of duplicates that follow the case), the confirmation
 * of a public complaint with its tracking link, and the coordinators' daily digest. Authorities and coordinators are
 * written to in Arabic; reporters in the language they used.
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

	private final CaseManagement cases;

	private final RegistryManagement registry;

	private final IdentityManagement identity;

	private final MailOutbox outbox;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final String baseUrl;

	private final ps.rasd.geography.GeographyManagement geography;

	CaseMail(CaseManagement cases, RegistryManagement registry, IdentityManagement identity, MailOutbox outbox,
			ITemplateEngine templates, MessageSource messages, RasdProperties properties,
			ps.rasd.geography.GeographyManagement geography) {
		this.geography = geography;
		this.cases = cases;
		this.registry = registry;
		this.identity = identity;
		this.outbox = outbox;
		this.templates = templates;
		this.messages = messages;
		this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
	}

	/** The confirmation of a complaint, with its tracking link (called in the filing's own transaction). */
	public void filed(CaseSummary summary, ReporterDetails reporter, String trackingToken) {
		if (reporter == null || reporter.email() == null || trackingToken == null) {
			return;
		}
		Locale locale = Locale.forLanguageTag(reporter.language() == null ? "ar" : reporter.language());
		Map<String, Object> model = model(summary);
		model.put("link", baseUrl + "/track/" + trackingToken);
		queue(reporter.email(), "filed", locale, message("cases.mail.subject.filed", locale, summary.reference()),
				model, summary);
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
		Map<String, Object> model = model(summary);
		model.put("authority", authority);
		model.put("due", day(summary.dueAt()));
		if (!near.overdue()) {
			Optional<Long> link = cases.openLinkId(summary.id());
			if (authority.email() == null || authority.email().isBlank() || link.isEmpty()) {
				return;
			}
			model.put("link", baseUrl + "/reply/" + cases.replyToken(link.get()));
			queue(authority.email(), "reminder", ARABIC, message("cases.mail.reminder.subject", ARABIC,
					summary.reference()), model, summary);
			return;
		}
		model.put("caseLink", baseUrl + "/cases/" + summary.reference());
		for (AccountSummary coordinator : identity.withRoleIn(Role.COORDINATOR, Set.of(summary.governorateCode()))) {
			if (coordinator.enabled() && coordinator.email() != null && !coordinator.email().isBlank()) {
				queue(coordinator.email(), "overdue", ARABIC, message("cases.mail.overdue.subject", ARABIC,
						summary.reference()), model, summary);
			}
		}
	}

	/** Each morning, what waits for each coordinator who has an e-mail address and something waiting. */
	@Scheduled(cron = "${rasd.cases.digest-cron:0 0 7 * * *}", zone = "Asia/Hebron")
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
			model.put("caseLink", baseUrl + "/cases");
			String subject = message("cases.mail.digest.subject", ARABIC, waiting);
			model.put("subject", subject);
			model.put("kind", "digest");
			String html = templates.process("cases/mail", new Context(ARABIC, model));
			outbox.queue(new OutgoingMail(coordinator.email(), subject, HtmlText.of(html), html, "case.digest", null));
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
		Map<String, Object> model = model(summary);
		model.put("authority", authority);
		model.put("escalated", escalated);
		model.put("due", day(summary.dueAt()));
		String token = cases.replyToken(linkId);
		model.put("link", baseUrl + "/reply/" + token);
		model.put("expires", day(Instant.ofEpochSecond(Long.parseLong(token.split("\\.")[1]))));
		if (summary.facilityId() != null) {
			model.put("facility", registry.facility(summary.facilityId()));
		}
		queue(authority.email(), "referral", ARABIC, message("cases.mail.referral.subject", ARABIC,
				summary.reference(), summary.title()), model, summary);
	}

	private void update(CaseSummary recipientCase, CaseSummary moved, String publicNote) {
		Optional<ReporterDetails> reporter = cases.reporterForUpdates(recipientCase.id());
		if (reporter.isEmpty()) {
			return;
		}
		Locale locale = Locale.forLanguageTag(reporter.get().language() == null ? "ar" : reporter.get().language());
		Map<String, Object> model = model(recipientCase);
		model.put("status", moved.status());
		model.put("publicNote", publicNote);
		queue(reporter.get().email(), "update", locale, message("cases.mail.update.subject", locale,
				recipientCase.reference()), model, recipientCase);
	}

	private String lastPublicNote(CaseSummary summary) {
		var timeline = cases.publicTimeline(summary.id());
		return timeline.isEmpty() ? null : timeline.get(timeline.size() - 1).publicNote();
	}

	private void queue(String to, String kind, Locale locale, String subject, Map<String, Object> model,
			CaseSummary summary) {
		model.put("kind", kind);
		model.put("subject", subject);
		if (!EmailAddress.isValid(to)) {
			// an address recorded before the rule was one rule, or by hand: the case goes on without this mail
			log.warn("Case {}: {} mail skipped, the recipient's address is not valid", summary.reference(), kind);
			return;
		}
		String html = templates.process("cases/mail", new Context(locale, model));
		try {
			outbox.queue(new OutgoingMail(to, subject, HtmlText.of(html), html, "case." + kind, summary.reference()));
		}
		catch (DomainException ex) {
			// a malformed address recorded for a unit or a reporter must not stop the case
			log.warn("Case {}: {} mail not queued: {}", summary.reference(), kind, ex.code());
		}
	}

	private static Map<String, Object> model(CaseSummary summary) {
		Map<String, Object> model = new HashMap<>();
		model.put("summary", summary);
		return model;
	}

	private String message(String code, Locale locale, Object... args) {
		return messages.getMessage(code, args, locale);
	}

	private static String day(Instant instant) {
		return instant == null ? "—" : LocalDate.ofInstant(instant, CaseManagement.ZONE).toString();
	}

	private Set<String> allGovernorates() {
		return geography.governorates().stream().map(g -> g.code()).collect(java.util.stream.Collectors.toSet());
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
				return account.roles().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet());
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
