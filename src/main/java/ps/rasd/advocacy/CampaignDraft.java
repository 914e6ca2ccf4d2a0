package ps.rasd.advocacy;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the advocacy team writes about a campaign.
 *
 * @param slug the short name in its public address
 * @param titleAr the title in Arabic
 * @param titleEn the title in English, optional
 * @param goalAr the goal in Arabic
 * @param goalEn the goal in English, optional
 * @param asksAr the asks in Arabic, one a line
 * @param asksEn the asks in English, one a line
 * @param governorateCode the governorate it is about, {@code null} when national
 * @param sectorCode the service sector it is about, optional
 * @param startsOn when it starts
 * @param endsOn when it is meant to end
 * @param scorecardPublic whether the commitments scorecard is shown on the public page
 */
public record CampaignDraft(@NotBlank @Size(max = 120) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String slug,
		@NotBlank @Size(max = 400) String titleAr, @Size(max = 400) String titleEn,
		@NotBlank @Size(max = 4000) String goalAr, @Size(max = 4000) String goalEn, @Size(max = 8000) String asksAr,
		@Size(max = 8000) String asksEn, @Pattern(regexp = "(\\d\\d)?") String governorateCode,
		@Size(max = 40) String sectorCode, LocalDate startsOn, LocalDate endsOn, boolean scorecardPublic) {
}
