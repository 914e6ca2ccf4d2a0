package ps.rasd.advocacy.internal;

import java.time.Duration;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import ps.rasd.advocacy.CampaignManagement;
import ps.rasd.advocacy.CampaignView;
import ps.rasd.advocacy.CommitmentView;
import ps.rasd.advocacy.Commitments;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.notifications.MailOutbox;
import ps.rasd.notifications.OutgoingMail;
import ps.rasd.shared.Formats;
import ps.rasd.shared.SystemPrincipal;
import ps.rasd.shared.sql.JobRuns;

/**
 * Reminds a campaign's owner, through the mail outbox, of each commitment that falls due (once, on its due day or at
 * the first check after it), as referrals remind coordinators of their deadlines.
 */
@Component
public class CommitmentReminders {

	private static final Logger LOG = LoggerFactory.getLogger(CommitmentReminders.class);

	private final Commitments commitments;

	private final CampaignManagement campaigns;

	private final IdentityManagement identity;

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final JobRuns runs;

	private final Duration every;

	CommitmentReminders(Commitments commitments, CampaignManagement campaigns, IdentityManagement identity,
			MailOutbox outbox, MessageSource messages, JobRuns runs,
			@Value("${rasd.advocacy.reminder-check:PT1H}") Duration every) {
		this.runs = runs;
		this.every = every;
		this.commitments = commitments;
		this.campaigns = campaigns;
		this.identity = identity;
		this.outbox = outbox;
		this.messages = messages;
	}

	/**
	 * Once a {@code rasd.advocacy.reminder-check} (an hour) across the nodes: each node looks every
	 * {@code rasd.advocacy.reminder-look} and runs the slot no node ran ({@link JobRuns}); the reminders are taken and
	 * queued in the transaction of the slot's row, so a node killed mid-run leaves them to the next.
	 */
	@Scheduled(initialDelayString = "PT2M", fixedDelayString = "${rasd.advocacy.reminder-look:PT5M}")
	void look() {
		runs.runDue("advocacy.commitment-reminders", every, this::remind);
	}

	/** Queues the reminders due now; gives how many were queued. */
	public int remind() {
		int sent = 0;
		Locale ar = Locale.forLanguageTag("ar");
		for (CommitmentView c : commitments.takeDueReminders()) {
			CampaignView campaign = campaigns.forStaff(c.campaignId(), new SystemPrincipal());
			var owner = campaign.ownerId() == null ? null : identity.account(campaign.ownerId()).orElse(null);
			if (owner == null || owner.email() == null || owner.email().isBlank()) {
				continue;
			}
			String subject = messages.getMessage("advocacy.reminder.subject", new Object[] { campaign.titleAr() }, ar);
			String body = messages.getMessage("advocacy.reminder.body", new Object[] { c.maker(), c.promise(),
					Formats.of(ar).date(c.dueOn()), "/advocacy/campaigns/" + campaign.id() }, ar);
			outbox.queue(new OutgoingMail(owner.email(), subject, body, null, "advocacy.commitment-due",
					"commitment-" + c.id()));
			sent++;
		}
		if (sent > 0) {
			LOG.info("Commitments: {} reminders queued", sent);
		}
		return sent;
	}
}
