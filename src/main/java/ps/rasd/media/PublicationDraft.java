package ps.rasd.media;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The facts of a publication an editor enters.
 *
 * @param slug the last part of its address, e.g. {@code water-in-camps-2026}
 * @param kind study, report, paper...
 * @param titleAr the Arabic title
 * @param titleEn the English title, may be blank
 * @param authors the authors as cited, e.g. {@code منتدى شارك الشبابي; ليلى حسن}
 * @param issuedOn the date of issue
 * @param language the language of the text: {@code ar}, {@code en} or {@code ar,en}
 * @param topics comma-separated topics, may be blank
 * @param sectorCode the sector it is about, may be blank
 * @param governorates comma-separated PCBS codes of the governorates it covers, may be blank
 * @param abstractAr the Arabic abstract, may be blank
 * @param abstractEn the English abstract, may be blank
 * @param links the findings and polls it draws on (addresses within Rasd), one a line, may be blank
 */
public record PublicationDraft(
		@NotBlank @Size(max = 120) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String slug,
		@NotNull PublicationKind kind, @NotBlank @Size(max = 300) String titleAr, @Size(max = 300) String titleEn,
		@NotBlank @Size(max = 500) String authors, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
		@NotBlank @Pattern(regexp = "ar|en|ar,en") String language, @Size(max = 500) String topics,
		@Size(max = 40) String sectorCode, @Size(max = 200) @Pattern(regexp = "[0-9, ]*") String governorates,
		@Size(max = 4000) String abstractAr, @Size(max = 4000) String abstractEn, @Size(max = 2000) String links) {
}
