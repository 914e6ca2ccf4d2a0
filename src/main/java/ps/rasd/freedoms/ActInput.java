package ps.rasd.freedoms;

import java.time.LocalDate;
import java.util.Set;

/**
 * An act within an event.
 *
 * @param actType a code of {@link TermKind#ACT_TYPE}
 * @param actDate the day, or {@code null} for the event's
 * @param victimIds the event's victims it touched
 * @param perpetratorTypes codes of {@link TermKind#PERPETRATOR_TYPE} of the alleged perpetrators ("unknown" allowed)
 */
public record ActInput(String actType, LocalDate actDate, Set<Long> victimIds, Set<String> perpetratorTypes) {

	public ActInput {
		victimIds = victimIds == null ? Set.of() : Set.copyOf(victimIds);
		perpetratorTypes = perpetratorTypes == null ? Set.of() : Set.copyOf(perpetratorTypes);
	}
}
