package ps.rasd.polls;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an analyst writes about a poll.
 *
 * @param code a short code, Latin letters, digits and dashes (used in links and exports)
 * @param titleAr the title in Arabic
 * @param titleEn the title in English, optional
 * @param purposeAr why the poll is run, in Arabic
 * @param purposeEn the purpose in English, optional
 * @param populationAr the target population in Arabic, e.g. adults 18+ in the West Bank and Gaza
 * @param populationEn the target population in English, optional
 * @param formId the questionnaire (a form of the forms module)
 * @param fieldworkStart the first day of fieldwork
 * @param fieldworkEnd the last day of fieldwork
 * @param modes how responses are collected
 */
public record PollDraft(@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]*") String code,
		@NotBlank @Size(max = 300) String titleAr, @Size(max = 300) String titleEn,
		@Size(max = 4000) String purposeAr, @Size(max = 4000) String purposeEn,
		@NotBlank @Size(max = 500) String populationAr, @Size(max = 500) String populationEn, @NotNull Long formId,
		LocalDate fieldworkStart, LocalDate fieldworkEnd, Set<FieldworkMode> modes) {

	public PollDraft {
		modes = modes == null ? Set.of() : Set.copyOf(modes);
	}
}
