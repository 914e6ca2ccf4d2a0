package ps.rasd.cases;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the cases module ({@code rasd.cases.*}).
 *
 * @param replyLinkDays how long an authority's reply link stays valid
 * @param reminderDaysBefore how many days before the due date the reminder goes out
 * @param defaultDeadlineDays the reply deadline when a unit has none
 * @param followUpDays the days a monitor has to check a fix
 * @param contactRetention how long a reporter's contacts are kept after the case closes
 * @param linkKey base64 of the key that signs reply links; made once under the data folder when empty
 * @param complaintsPerHour public complaints accepted per address and hour
 * @param deadlineCheck how often overdue referrals and reminders are looked for
 */
@ConfigurationProperties("rasd.cases")
public record CasesProperties(@DefaultValue("60") int replyLinkDays, @DefaultValue("2") int reminderDaysBefore,
		@DefaultValue("14") int defaultDeadlineDays, @DefaultValue("14") int followUpDays,
		@DefaultValue("P180D") Duration contactRetention, @DefaultValue("") String linkKey,
		@DefaultValue("5") int complaintsPerHour, @DefaultValue("PT15M") Duration deadlineCheck) {
}
