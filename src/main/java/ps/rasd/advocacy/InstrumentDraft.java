package ps.rasd.advocacy;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an advocate writes about a law or policy.
 *
 * @param slug the short name in its public address
 * @param kind the kind (a code of the {@link TermList#KIND} list)
 * @param titleAr the title in Arabic
 * @param titleEn the title in English, optional
 * @param number its official number, where it has one
 * @param issuedOn its date, where it has one
 * @param authorityId the body responsible (a registry authority), optional
 * @param sectors the sectors it touches, sector codes separated by commas
 * @param rightsAr the rights it touches, in Arabic
 * @param rightsEn the rights it touches, in English
 * @param summaryAr what it is, in Arabic
 * @param summaryEn what it is, in English
 * @param officialUrl the link to its official text, optional
 * @param stance the coalition's position, {@code null} while none is taken
 * @param asksAr what exactly should change, in Arabic, one ask a line
 * @param asksEn the asks in English
 */
public record InstrumentDraft(@NotBlank @Size(max = 120) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String slug,
		@NotBlank @Size(max = 40) String kind, @NotBlank @Size(max = 400) String titleAr,
		@Size(max = 400) String titleEn, @Size(max = 60) String number, LocalDate issuedOn, Long authorityId,
		@Size(max = 500) String sectors, @Size(max = 1000) String rightsAr, @Size(max = 1000) String rightsEn,
		@Size(max = 4000) String summaryAr, @Size(max = 4000) String summaryEn,
		@Size(max = 1000) @Pattern(regexp = "(https?://\\S+)?") String officialUrl, Stance stance,
		@Size(max = 8000) String asksAr, @Size(max = 8000) String asksEn) {
}
