package ps.rasd.shared.spi;

import java.time.LocalDate;
import java.util.List;

import ps.rasd.shared.LocalizedText;

/**
 * Figures for the periodic monitoring report, public tier only: what anyone may already read on the site, counted.
 * Implemented by the cases module; the analytics module prints them and imports no feature module.
 */
public interface ReportFigures {

	/** The public figures of a period ({@code from} inclusive, {@code to} inclusive), one governorate and/or sector. */
	Figures collect(Scope scope);

	/**
	 * What a report covers.
	 *
	 * @param from first day
	 * @param to last day
	 * @param governorateCode one governorate, or {@code null} for all
	 * @param sectorCode one sector, or {@code null} for all
	 */
	record Scope(LocalDate from, LocalDate to, String governorateCode, String sectorCode) {
	}

	/**
	 * The figures.
	 *
	 * @param byStatus published cases by status, statuses in workflow order
	 * @param resolved of those, the ones resolved (replied resolved, confirmed fixed or closed as fixed)
	 * @param medianDaysToFirstReply median days from referral to the first published reply, {@code null} if none
	 * @param byGovernorate published cases by governorate code
	 * @param bySector published cases by sector code
	 * @param authorities how the authorities that received these cases answer
	 * @param stories a few published cases, redacted copy only
	 */
	record Figures(List<Count> byStatus, long resolved, Double medianDaysToFirstReply, List<Count> byGovernorate,
			List<Count> bySector, List<Responsiveness> authorities, List<Story> stories) {

		/** All published cases counted. */
		public long total() {
			return byStatus.stream().mapToLong(Count::count).sum();
		}

		/** The share resolved in percent, {@code null} without cases. */
		public Long resolvedPercent() {
			long total = total();
			return total == 0 ? null : Math.round(100.0 * resolved / total);
		}

	}

	/**
	 * One count.
	 *
	 * @param key a code (status, governorate or sector code)
	 * @param label its name in Arabic and English
	 * @param count how many
	 */
	record Count(String key, LocalizedText label, long count) {
	}

	/**
	 * An authority unit answering.
	 *
	 * @param name the unit
	 * @param referred cases referred to it
	 * @param replied of those, replied to
	 * @param medianDaysToReply median days to its first reply, {@code null} without replies
	 * @param overdue referrals past due without reply
	 */
	record Responsiveness(LocalizedText name, long referred, long replied, Double medianDaysToReply, long overdue) {
	}

	/**
	 * A published case as told to the public.
	 *
	 * @param reference its reference
	 * @param title the published title
	 * @param story the published story
	 * @param status its status name in Arabic and English
	 */
	record Story(String reference, String title, String story, LocalizedText status) {
	}

}
