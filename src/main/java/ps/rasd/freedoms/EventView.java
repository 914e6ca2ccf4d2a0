package ps.rasd.freedoms;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import ps.rasd.shared.Tier;

/**
 * An event as its documenters work on it: every fact except the sealed identities, which are read one by one through
 * {@link FreedomsManagement#identities}.
 *
 * @param summary the list row
 * @param details the facts typed
 * @param risk the risk assessment
 * @param reporterAccountId the account that reported it (monitor, partner), or {@code null}
 * @param hasReporterContact whether a sealed reporter contact is kept
 * @param embargoUntil the first day a published copy may be read, or {@code null}
 * @param publishedTitle the published title, or {@code null}
 * @param publishedNarrative the published (redacted) narrative, or {@code null}
 * @param publishedAt when it was published, or {@code null}
 * @param acts its acts
 * @param victims its victims (without identities)
 * @param sources its sources (without identities)
 * @param interventions its interventions
 */
public record EventView(EventSummary summary, EventDetails details, Long reporterAccountId, boolean hasReporterContact,
		LocalDate embargoUntil, String publishedTitle, String publishedNarrative, Instant publishedAt, List<Act> acts,
		List<Victim> victims, List<Source> sources, List<Intervention> interventions) {

	/** Whether every source allows publication and there is at least one. */
	public boolean consentAllowsPublication() {
		return !sources.isEmpty() && sources.stream().allMatch(Source::mayPublish);
	}

	/** Whether a copy is published to partners or the public. */
	public boolean published() {
		return summary.tier() != Tier.INTERNAL;
	}

	/** An act. */
	public record Act(long id, String actType, LocalDate actDate, Set<Long> victimIds, Set<String> perpetratorTypes) {
	}

	/** A victim, identity left out; {@code sealed} says whether one is kept. */
	public record Victim(long id, VictimKind kind, String description, Sex sex, AgeGroup ageGroup, String profession,
			String governorateCode, boolean sealed) {
	}

	/** A source, identity left out. */
	public record Source(long id, String sourceType, Reliability reliability, LocalDate receivedOn, boolean mayPublish,
			boolean mayName, boolean mayContact, boolean sealed) {
	}

	/** An intervention. */
	public record Intervention(long id, InterventionKind kind, String addressedTo, LocalDate madeOn, String response,
			LocalDate responseOn) {

		/** Whether it waits for a response. */
		public boolean awaitingResponse() {
			return response == null || response.isBlank();
		}
	}
}
