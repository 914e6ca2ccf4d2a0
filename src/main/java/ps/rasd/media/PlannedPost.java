package ps.rasd.media;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A post of the content calendar as an editor writes it.
 *
 * @param plannedOn the day it is to go out
 * @param platform a platform of {@link PostText#PLATFORMS}
 * @param language {@code ar} or {@code en}
 * @param record the record it shares, {@code type:key} of the social-media kit, may be blank
 * @param link the address it links to, may be blank
 * @param text the text (for an idea, a line is enough)
 */
public record PlannedPost(@NotNull LocalDate plannedOn, @NotBlank @Pattern(regexp = "[a-z]{1,20}") String platform,
		@NotBlank @Pattern(regexp = "ar|en") String language, @Size(max = 160) String record,
		@Size(max = 500) @Pattern(regexp = "|https?://\\S+|/\\S*") String link, @NotBlank @Size(max = 5000) String text) {
}
