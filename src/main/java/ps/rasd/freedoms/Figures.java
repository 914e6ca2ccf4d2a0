package ps.rasd.freedoms;

import java.util.List;

/**
 * Counts that advocacy can cite. Events are those whose facts are established (verified or closed) — on public
 * figures, those published to the public after their embargo. On public figures small cells are hidden (primary) and
 * so are second cells wherever a hidden one could be found by subtraction (secondary).
 *
 * @param events events counted
 * @param acts acts of those events
 * @param victims victims of those events
 * @param byStatus (internal only) events of every status, empty on public figures
 * @param byType events by event type
 * @param byGovernorate events by governorate
 * @param byMonth events by month ({@code yyyy-MM})
 * @param byActType acts by act type
 * @param byProfession victims by profession ({@code ""} when not recorded)
 * @param bySex victims by sex
 * @param byPerpetrator acts by type of alleged perpetrator (an act may name several)
 */
public record Figures(Count events, Count acts, Count victims, List<Count> byStatus, List<Count> byType,
		List<Count> byGovernorate, List<Count> byMonth, List<Count> byActType, List<Count> byProfession,
		List<Count> bySex, List<Count> byPerpetrator) {

	/**
	 * One count.
	 *
	 * @param key the code counted
	 * @param count how many ({@code 0} when hidden)
	 * @param hidden whether it is suppressed (shown as a dash)
	 */
	public record Count(String key, long count, boolean hidden) {
	}
}
