package ps.rasd.media;

import java.util.List;

/**
 * A media production with its team, performances and reach, as its page shows it to one reader: on public pages
 * the team holds only the people who agreed to have their names published.
 *
 * @param production the facts
 * @param team the team as the reader may see it
 * @param performances the performances, latest first
 * @param reach the reach entries, latest first
 */
public record ProductionPage(ProductionView production, List<TeamMember> team, List<Performance> performances,
		List<ReachEntry> reach) {

	/** People who came to the performances. */
	public long performanceAudience() {
		return performances.stream().mapToLong(Performance::audience).sum();
	}

	/** Views on every platform. */
	public long views() {
		return reach.stream().mapToLong(ReachEntry::views).sum();
	}

	/** Shares on every platform. */
	public long shares() {
		return reach.stream().mapToLong(ReachEntry::shares).sum();
	}

	/** People reached on every platform and broadcast, and at the performances. */
	public long audience() {
		return reach.stream().mapToLong(ReachEntry::audience).sum() + performanceAudience();
	}
}
