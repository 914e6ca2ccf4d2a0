package ps.rasd.advocacy;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A meeting with decision makers, as recorded.
 *
 * @param onDate the day
 * @param atTime the time (Palestine's), optional
 * @param place where
 * @param authorityId the body met (a registry authority), optional
 * @param people the decision makers met (network person ids, separated by commas), optional
 * @param delegation who went for the coalition
 * @param asks the asks raised
 * @param evidence the numbers of the citations shown (of the campaign's evidence base), separated by commas
 * @param minutes the minutes
 */
public record MeetingDraft(@NotNull LocalDate onDate, LocalTime atTime, @NotBlank @Size(max = 400) String place,
		Long authorityId, @Size(max = 1000) String people, @Size(max = 2000) String delegation,
		@Size(max = 4000) String asks, @Size(max = 1000) String evidence, @Size(max = 20000) String minutes) {
}
